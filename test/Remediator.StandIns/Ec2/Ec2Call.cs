using System.Globalization;
using Remediator.StandIns.Calls;

namespace Remediator.StandIns.Ec2;

/// <summary>One call the stand-in received, and how it was answered.</summary>
/// <param name="Ordinal">1 for the first call the stand-in received, 2 for the next…</param>
/// <param name="Parameters">The form parameters exactly as sent, e.g. <c>Filter.1.Name</c>, <c>Filter.1.Value.1</c>.</param>
/// <param name="SigningRegion">The region of the SigV4 credential scope, or <c>null</c> when the call was not signed.</param>
/// <param name="Status">The HTTP status answered; 0 when the client went away before the answer.</param>
/// <param name="ErrorCode">The EC2 error code answered, or <c>null</c> on success.</param>
/// <param name="Injected">The answer was an error injected through <see cref="Ec2Faults"/>.</param>
/// <param name="Round">The round of <see cref="Ec2StandIn.Gate"/> it arrived in: 1 before the first release, 2 before the next…</param>
public sealed record Ec2Call(
    int Ordinal,
    string Action,
    IReadOnlyDictionary<string, string> Parameters,
    DateTimeOffset ReceivedAt,
    string? SigningRegion,
    int Status,
    string? ErrorCode,
    bool Injected,
    int Round) : IStandInCall
{
    public string? this[string parameter] => Parameters.GetValueOrDefault(parameter);

    /// <summary>The values sent for the filter <paramref name="name"/> (<c>Filter.N.Value.M</c>, in M order); none when it was not sent.</summary>
    public IReadOnlyList<string> FilterValues(string name)
    {
        var filter = Parameters.FirstOrDefault(p => p.Key.StartsWith("Filter.", StringComparison.Ordinal)
                                                    && p.Key.EndsWith(".Name", StringComparison.Ordinal) && p.Value == name).Key;
        if (filter is null)
        {
            return [];
        }

        var values = filter[..^"Name".Length] + "Value.";
        return [.. Parameters.Where(p => p.Key.StartsWith(values, StringComparison.Ordinal))
            .OrderBy(p => int.Parse(p.Key[values.Length..], CultureInfo.InvariantCulture))
            .Select(p => p.Value)];
    }
}
