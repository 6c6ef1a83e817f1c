namespace Remediator.Telemetry;

/// <summary>The levels of Lambda's JSON log format, which also filters on them.</summary>
public enum LogLevel
{
    Debug,
    Info,
    Warn,
    Error,
}
