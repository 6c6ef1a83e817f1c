using Remediator.Network;

namespace Remediator.StandIns.Chaos;

/// <summary>
/// One event of the campaign and the world it arrives in, with what the world's builder knows about it (not what
/// Remediator concludes): the tables that expose a private subnet within the event's reach, and the tables that serve
/// a public or exempt subnet (or are exempt, or in an exempt VPC) and must never be changed.
/// </summary>
/// <param name="Sample">The file of events/ the event is, e.g. <c>create-route-ipv6-default-to-igw.json</c>.</param>
/// <param name="FromMember">Forwarded from a member account (organization mode): judged in the member's world.</param>
public sealed record ChaosScenario(
    string Sample,
    string EventJson,
    NetworkSnapshot World,
    bool FromMember,
    ValueList<string> Exposed,
    ValueList<string> Protected)
{
    /// <summary>An ignored or malformed sample: judged from its payload, no AWS call.</summary>
    public bool IsPayloadOnly => Sample.StartsWith("ignore-", StringComparison.Ordinal) || Sample.StartsWith("malformed-", StringComparison.Ordinal);
}
