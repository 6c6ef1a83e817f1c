namespace Remediator.StandIns.Ec2.Actions;

/// <summary>The actions the stand-in answers, by name; any other action is <c>InvalidAction</c>.</summary>
internal static class Ec2Actions
{
    public static IReadOnlyDictionary<string, IEc2Action> For(string accountId) =>
        new IEc2Action[]
        {
            new DescribeRouteTables(accountId),
            new DescribeSubnets(accountId),
            new DescribeVpcs(accountId),
            new DescribeEgressOnlyInternetGateways(),
            new DescribeVpcBlockPublicAccessOptions(accountId),
            new DescribeVpcBlockPublicAccessExclusions(accountId),
            new DescribeManagedPrefixLists(),
            new GetManagedPrefixListEntries(),
            new ModifyManagedPrefixList(),
            new CreateEgressOnlyInternetGateway(),
            new CreateRoute(),
            new ReplaceRoute(),
            new DeleteRoute(),
            new DisassociateRouteTable(),
            new InternetGatewayAttachment(attach: true),
            new InternetGatewayAttachment(attach: false),
            new ModifySubnetAttribute(),
        }.ToDictionary(a => a.Name, StringComparer.Ordinal);
}
