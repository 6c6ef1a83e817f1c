using Amazon.EC2;
using Remediator.Ec2.Calls;
using Remediator.Ec2.Reading;
using Remediator.Failures;
using Remediator.Network;
using Remediator.Outcomes;
using Remediator.Planning;
using Remediator.Ports;

using Sdk = Amazon.EC2.Model;

namespace Remediator.Ec2.Acting;

/// <summary>
/// Carries out a plan through EC2: gets the VPC's EIGW (reused, or created idempotently), then replaces
/// each exposing route side by side, so that one failed route neither stops nor delays the others.
/// </summary>
public sealed class Ec2PlanExecutor(IAmazonEC2 ec2, TimeProvider clock) : IPlanExecutor
{
    public async Task<PlanOutcome> ExecuteAsync(RemediationPlan plan, CancellationToken cancellationToken)
    {
        var gateway = await EnsureGatewayAsync(plan, cancellationToken).ConfigureAwait(false);
        var changes = plan.Replacements.SelectMany(d => d.Changes.Select(change => (d.Table.Id, change)));
        var routes = await Task.WhenAll(changes.Select(c => gateway.GatewayId is { } gatewayId
            ? ReplaceAsync(c.Id, c.change, gatewayId, cancellationToken)
            : Task.FromResult(new RouteOutcome(c.Id, c.change, RouteStatus.Failed, null, Failure: gateway.Failure)))).ConfigureAwait(false);
        return new PlanOutcome(plan, gateway, [.. routes]);
    }

    private async Task<GatewayOutcome> EnsureGatewayAsync(RemediationPlan plan, CancellationToken cancellationToken)
    {
        switch (plan.Gateway)
        {
            case ExistingEgressGateway existing:
                return new GatewayOutcome(existing.Id, Created: false);
            case NewEgressGateway wanted:
                try
                {
                    return await CreateGatewayAsync(wanted, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationFailedException e)
                {
                    return new GatewayOutcome(null, Created: false, e.Failure);
                }

            default:
                throw new InvalidOperationException($"A plan to execute must name its gateway; {plan.Vpc.Id}'s does not.");
        }
    }

    private async Task<GatewayOutcome> CreateGatewayAsync(NewEgressGateway wanted, CancellationToken cancellationToken)
    {
        const string action = "ec2:CreateEgressOnlyInternetGateway";
        var request = new Sdk.CreateEgressOnlyInternetGatewayRequest
        {
            VpcId = wanted.VpcId,
            ClientToken = wanted.ClientToken,
            TagSpecifications =
            [
                new Sdk.TagSpecification
                {
                    ResourceType = ResourceType.EgressOnlyInternetGateway,
                    Tags = [.. wanted.Tags.Values.Select(t => new Sdk.Tag(t.Key, t.Value))],
                },
            ],
        };
        var response = await Ec2Call.RunAsync(
            action, wanted.VpcId, () => ec2.CreateEgressOnlyInternetGatewayAsync(request, cancellationToken), cancellationToken).ConfigureAwait(false);

        var created = response.EgressOnlyInternetGateway is { } sdkGateway ? Ec2Records.EgressOnlyInternetGateway(sdkGateway) : null;
        return created is not null && created.IsAttachedTo(wanted.VpcId)
            ? new GatewayOutcome(created.Id, Created: true)
            : new GatewayOutcome(null, Created: false, new OperationFailure(
                FailureKind.Permanent, action, wanted.VpcId, "GatewayNotAttached",
                $"EC2 returned {created?.Id ?? "no gateway"} without an attachment to {wanted.VpcId}"));
    }

    private async Task<RouteOutcome> ReplaceAsync(string tableId, RouteChange change, string gatewayId, CancellationToken cancellationToken)
    {
        // A prefix list of the IPv6 family may go to an EIGW as a CIDR may: ReplaceRoute takes either destination
        // with any one target, and EgressOnlyInternetGatewayId is only restricted to IPv6 traffic (EC2 API Reference).
        var request = new Sdk.ReplaceRouteRequest { RouteTableId = tableId, EgressOnlyInternetGatewayId = gatewayId };
        if (change.Destination.Kind == DestinationKind.PrefixList)
        {
            request.DestinationPrefixListId = change.Destination.Value;
        }
        else
        {
            request.DestinationIpv6CidrBlock = change.Destination.Value;
        }

        try
        {
            await Ec2Call.RunAsync(
                "ec2:ReplaceRoute", $"{tableId} {change.Destination}", () => ec2.ReplaceRouteAsync(request, cancellationToken), cancellationToken).ConfigureAwait(false);
            return new RouteOutcome(tableId, change, RouteStatus.Replaced, gatewayId, clock.GetUtcNow());
        }
        catch (OperationFailedException e)
        {
            var gone = await IsRouteGoneAsync(tableId, change, e.Failure, cancellationToken).ConfigureAwait(false);
            return gone
                ? new RouteOutcome(tableId, change, RouteStatus.Gone, gatewayId, Failure: e.Failure)
                : new RouteOutcome(tableId, change, RouteStatus.Failed, gatewayId, Failure: StillOpen(e.Failure, gatewayId));
        }
    }

    /// <summary>
    /// A NotFound while the route is still there names the gateway (InvalidGatewayID.NotFound: the EIGW was deleted
    /// since it was read), and the route is still open: transient, so that the invocation fails and Lambda's retry
    /// reads the VPC again and finds or creates another gateway, rather than leaving the exposure to the sweep.
    /// </summary>
    private static OperationFailure StillOpen(OperationFailure failure, string gatewayId) => failure.Kind != FailureKind.NotFound
        ? failure
        : failure with
        {
            Kind = FailureKind.Transient,
            Message = $"{failure.Message} ({gatewayId} was deleted since it was read; the route is still open, and a retry reads the VPC again)",
        };

    /// <summary>
    /// EC2 answers a ReplaceRoute on a deleted route with the generic InvalidParameterValue, on a deleted table with
    /// the table's NotFound, and on a deleted gateway with the gateway's. Rather than read the code's resource, look:
    /// if the route is no longer in the table (or the table is gone), it was deleted since the event.
    /// </summary>
    private async Task<bool> IsRouteGoneAsync(string tableId, RouteChange change, OperationFailure failure, CancellationToken cancellationToken)
    {
        if (failure.Kind != FailureKind.NotFound && !string.Equals(failure.Code, "InvalidParameterValue", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            var tables = await new Ec2Describe(ec2, cancellationToken).RouteTablesAsync("route-table-id", [tableId]).ConfigureAwait(false);
            return !tables.Any(t => t.Id == tableId && t.Routes.Any(r => r.Destination.SameRouteAs(change.Destination)));
        }
        catch (OperationFailedException)
        {
            // The look failed too: the route stays reported as failed, with the ReplaceRoute error.
            return false;
        }
    }
}
