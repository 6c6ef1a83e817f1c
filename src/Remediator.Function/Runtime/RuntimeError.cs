using System.Text.Json.Serialization;

namespace Remediator.Function.Runtime;

/// <summary>The error body the Runtime API expects for invocation and init errors.</summary>
internal sealed record RuntimeError(
    [property: JsonPropertyName("errorType")] string ErrorType,
    [property: JsonPropertyName("errorMessage")] string ErrorMessage,
    [property: JsonPropertyName("stackTrace")] IReadOnlyList<string> StackTrace)
{
    /// <summary>Lambda truncates large error bodies anyway; cap them so the report itself never fails.</summary>
    private const int MaxMessageLength = 4096;

    private const int MaxStackLines = 50;

    public static RuntimeError From(string errorType, string message, Exception? exception = null) => new(
        errorType,
        message.Length <= MaxMessageLength ? message : message[..MaxMessageLength] + "…",
        exception?.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(MaxStackLines).ToList() ?? []);
}
