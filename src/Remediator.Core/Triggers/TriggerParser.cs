using Remediator.Events;
using Remediator.Judgement;

namespace Remediator.Triggers;

/// <summary>
/// Reads an EventBridge event and says what it means for Remediator: which resources to re-check, or why
/// the event can be ignored without looking at the network, or what is wrong with it. Pure: no AWS calls.
/// </summary>
public sealed class TriggerParser(ClassificationRules rules)
{
    private readonly TagEvents tagEvents = new(rules);
    private readonly RouteEvents routeEvents = new(rules);
    private readonly SubnetAttributeEvents subnetAttributeEvents = new(rules);

    public ParsedEvent Parse(string json)
    {
        try
        {
            using var document = EventReader.Parse(json);
            var envelope = EventReader.Envelope(document.RootElement);
            return envelope switch
            {
                { DetailType: EventBridgeEnvelope.ScheduledDetailType, Source: EventBridgeEnvelope.ScheduleSource } => Sweep(envelope),
                { DetailType: EventBridgeEnvelope.CloudTrailDetailType } => ApiCall(envelope),
                { DetailType: null or "" } => new Rejected(new InvalidEvent("detail-type", "is missing or empty")),
                _ => new Ignored($"'{envelope.DetailType}' events from '{envelope.Source}' are neither CloudTrail API calls nor a schedule", null),
            };
        }
        catch (InvalidEventException e)
        {
            return new Rejected(e.Invalid);
        }
    }

    private static Triggered Sweep(EventBridgeEnvelope envelope)
    {
        var origin = new EventOrigin(
            EventName: EventBridgeEnvelope.ScheduledDetailType,
            EventId: EventValues.Required(envelope.Id, "id"),
            EventTime: EventValues.Time(envelope.Time, "time"),
            Account: EventValues.Account(envelope.Account, "account"),
            Region: EventValues.Region(envelope.Region, "region"),
            Actor: new Actor("Schedule", envelope.Resources is [var rule, ..] ? rule : null, null, EventBridgeEnvelope.ScheduleSource),
            SourceIpAddress: null,
            UserAgent: null);
        return new Triggered(new Trigger(origin, [new RegionScope(origin.Region)]));
    }

    private ParsedEvent ApiCall(EventBridgeEnvelope envelope)
    {
        var detail = EventField.Root(envelope.Detail, "detail");
        var record = EventReader.CloudTrail(detail);
        var origin = OriginOf(envelope, record);
        if (record.EventSource != CloudTrailRecord.Ec2EventSource)
        {
            return new Ignored($"{origin.EventName} comes from {record.EventSource}, not EC2", origin);
        }

        if (record.ErrorCode is { } errorCode)
        {
            return new Ignored($"{origin.EventName} failed with {errorCode} ({record.ErrorMessage ?? "no message"}), so nothing changed", origin);
        }

        var request = EventField.Root(record.RequestParameters, "detail.requestParameters");
        var response = EventField.Root(record.ResponseElements, "detail.responseElements");
        return origin.EventName switch
        {
            "CreateRoute" or "ReplaceRoute" or "DeleteRoute" => routeEvents.Interpret(origin, request),
            "CreateSubnet" => SubnetEvents.InterpretCreateSubnet(origin, request, response),
            "AssociateSubnetCidrBlock" => SubnetEvents.InterpretAssociateCidrBlock(origin, request),
            "ModifySubnetAttribute" => subnetAttributeEvents.Interpret(origin, request),
            "AssociateRouteTable" => AssociationEvents.InterpretAssociate(origin, request),
            "ReplaceRouteTableAssociation" => AssociationEvents.InterpretReplace(origin, request),
            "DisassociateRouteTable" => AssociationEvents.InterpretDisassociate(origin, request),
            "AttachInternetGateway" => GatewayEvents.InterpretAttach(origin, request),
            "ModifyManagedPrefixList" => PrefixListEvents.InterpretModify(origin, request),
            "RestoreManagedPrefixListVersion" => PrefixListEvents.InterpretRestore(origin, request),
            "ModifyVpcBlockPublicAccessOptions" => BlockPublicAccessEvents.InterpretOptions(origin, request),
            "CreateVpcBlockPublicAccessExclusion" => BlockPublicAccessEvents.InterpretCreateExclusion(origin, request),
            "ModifyVpcBlockPublicAccessExclusion" => BlockPublicAccessEvents.InterpretModifyExclusion(origin, request),
            "DeleteVpcBlockPublicAccessExclusion" =>
                new Ignored($"{origin.EventName}: removing an exclusion keeps more inbound internet traffic out, not less", origin),
            "CreateTags" or "DeleteTags" => tagEvents.Interpret(origin, request),
            _ => new Ignored($"{origin.EventName} cannot expose a subnet, so Remediator does not handle it", origin),
        };
    }

    /// <summary>
    /// Where the change happened is the envelope's account and region (a forwarded event keeps its origin's);
    /// the record must not say otherwise.
    /// </summary>
    private static EventOrigin OriginOf(EventBridgeEnvelope envelope, CloudTrailRecord record)
    {
        var account = EventValues.Account(envelope.Account, "account");
        var region = EventValues.Region(envelope.Region, "region");
        EventValues.Agrees(record.RecipientAccountId, "detail.recipientAccountId", account, "account");
        EventValues.Agrees(record.AwsRegion, "detail.awsRegion", region, "region");
        var identity = record.UserIdentity;
        return new EventOrigin(
            EventName: EventValues.Required(record.EventName, "detail.eventName"),
            EventId: EventValues.Required(record.EventId, "detail.eventID"),
            EventTime: EventValues.Time(record.EventTime, "detail.eventTime"),
            Account: account,
            Region: region,
            Actor: identity is null ? Actor.Unknown : new Actor(identity.Type, identity.Arn, identity.PrincipalId, identity.InvokedBy),
            SourceIpAddress: record.SourceIpAddress,
            UserAgent: record.UserAgent);
    }
}
