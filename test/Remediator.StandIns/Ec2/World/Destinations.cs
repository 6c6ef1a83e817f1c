using System.Net;

namespace Remediator.StandIns.Ec2.World;

/// <summary>
/// Compares route destinations as EC2 does: CIDRs by the network they name (<c>2001:DB8::/32</c> is
/// <c>2001:db8::/32</c>), prefix list ids as text.
/// </summary>
internal static class Destinations
{
    public static bool Same(string left, string right) =>
        IPNetwork.TryParse(left, out var a) && IPNetwork.TryParse(right, out var b)
            ? a.Equals(b)
            : string.Equals(left, right, StringComparison.Ordinal);
}
