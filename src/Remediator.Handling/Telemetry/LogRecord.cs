namespace Remediator.Telemetry;

/// <summary>One decision or event worth a line in the log: a message for people, fields for queries.</summary>
public sealed record LogRecord(LogLevel Level, string Message, ValueList<KeyValuePair<string, string?>> Fields)
{
    public static LogRecord Info(string message, params KeyValuePair<string, string?>[] fields) => new(LogLevel.Info, message, [.. fields]);

    public static LogRecord Warn(string message, params KeyValuePair<string, string?>[] fields) => new(LogLevel.Warn, message, [.. fields]);

    public static LogRecord Error(string message, params KeyValuePair<string, string?>[] fields) => new(LogLevel.Error, message, [.. fields]);
}
