using Remediator.Telemetry;

namespace Remediator.Aws.Tests.Doubles;

/// <summary>A call report's fields, as one value to compare.</summary>
internal sealed record CallFields(string? Service, string? Action, string? DurationMs, string? Outcome, string? FailureKind, string? ErrorCode)
{
    public static CallFields Of(LogRecord record)
    {
        var fields = record.Fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        return new(fields["service"], fields["action"], fields["durationMs"], fields["outcome"], fields["failureKind"], fields["errorCode"]);
    }
}
