using System.Collections.Frozen;

namespace Remediator.Aws.Errors;

/// <summary>
/// The error codes by which one service says "no such resource". They differ per service (EC2's
/// <c>InvalidRouteTableID.NotFound</c>, SQS's <c>QueueDoesNotExist</c>, SNS's <c>NotFound</c>), so each service
/// passes its own; and only the service knows that a KMS key's <c>KMSNotFound</c> is a broken configuration,
/// not a deleted topic.
/// </summary>
public sealed class NotFoundCodes
{
    private readonly FrozenSet<string> codes;
    private readonly string? suffix;

    /// <param name="suffix">For a service with a naming rule rather than a list, e.g. EC2's <c>.NotFound</c>.</param>
    public NotFoundCodes(IEnumerable<string> codes, string? suffix = null)
    {
        ArgumentNullException.ThrowIfNull(codes);
        this.codes = codes.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        this.suffix = suffix;
    }

    public bool Contains(string code) =>
        codes.Contains(code) || (suffix is not null && code.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
}
