using System.Text.Json;

namespace Remediator.Sns.Validation;

/// <summary>
/// With <c>MessageStructure=json</c> SNS wants a JSON object of strings with a <c>default</c> entry; checked
/// here so that a malformed document fails before the call, with a message that says why.
/// </summary>
internal static class JsonStructure
{
    public static void Check(string message)
    {
        string? problem;
        try
        {
            using var document = JsonDocument.Parse(message);
            problem = Problem(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"MessageStructure=json, but the message is not JSON ({e.Message}).", nameof(message), e);
        }

        if (problem is not null)
        {
            throw new ArgumentException($"MessageStructure=json, but {problem}", nameof(message));
        }
    }

    private static string? Problem(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return $"the document is a JSON {root.ValueKind}, not an object.";
        }

        foreach (var entry in root.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String)
            {
                return $"the entry '{entry.Name}' is a JSON {entry.Value.ValueKind}; every entry must be a string.";
            }
        }

        return root.TryGetProperty("default", out _) ? null : "the document has no 'default' entry.";
    }
}
