using System.Text.RegularExpressions;

namespace Remediator.Network;

/// <summary>
/// The shapes of the EC2 resource ids Remediator reads. An id that does not match is treated as bad
/// input rather than passed on, so that a typo or an injected value never reaches an EC2 call.
/// </summary>
public static partial class ResourceId
{
    public static bool IsRouteTable(string? id) => id is not null && RouteTablePattern().IsMatch(id);

    public static bool IsSubnet(string? id) => id is not null && SubnetPattern().IsMatch(id);

    public static bool IsVpc(string? id) => id is not null && VpcPattern().IsMatch(id);

    public static bool IsRouteTableAssociation(string? id) => id is not null && AssociationPattern().IsMatch(id);

    public static bool IsInternetGateway(string? id) => id is not null && InternetGatewayPattern().IsMatch(id);

    /// <summary>A managed prefix list: AWS's own have the short form (<c>pl-63a5400a</c>), customers' the long one.</summary>
    public static bool IsPrefixList(string? id) => id is not null && PrefixListPattern().IsMatch(id);

    [GeneratedRegex("^rtb-[0-9a-f]{8}([0-9a-f]{9})?$")]
    private static partial Regex RouteTablePattern();

    [GeneratedRegex("^subnet-[0-9a-f]{8}([0-9a-f]{9})?$")]
    private static partial Regex SubnetPattern();

    [GeneratedRegex("^vpc-[0-9a-f]{8}([0-9a-f]{9})?$")]
    private static partial Regex VpcPattern();

    [GeneratedRegex("^rtbassoc-[0-9a-f]{8}([0-9a-f]{9})?$")]
    private static partial Regex AssociationPattern();

    [GeneratedRegex("^igw-[0-9a-f]{8}([0-9a-f]{9})?$")]
    private static partial Regex InternetGatewayPattern();

    [GeneratedRegex("^pl-[0-9a-f]{8}([0-9a-f]{9})?$")]
    private static partial Regex PrefixListPattern();
}
