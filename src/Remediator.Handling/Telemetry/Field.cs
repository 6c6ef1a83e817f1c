namespace Remediator.Telemetry;

/// <summary>Shorthand for a log field.</summary>
public static class Field
{
    public static KeyValuePair<string, string?> Of(string key, string? value) => new(key, value);
}
