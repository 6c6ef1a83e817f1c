using System.Text.Json;

namespace Remediator.Events;

/// <summary>
/// JSON may escape half of a UTF-16 surrogate pair (<c>"\ud800"</c>): valid JSON, but no text. The reader finds out
/// only when asked for the string, and throws an InvalidOperationException that would escape as a crash, so every
/// reader of untrusted JSON (events, world files) asks here first.
/// </summary>
public static class JsonText
{
    public const string NotText = "is not text: it escapes half of a UTF-16 surrogate pair";

    public const string NameNotText = "has a member whose name is not text: it escapes half of a UTF-16 surrogate pair";

    /// <summary>Whether a JSON string reads as text.</summary>
    public static bool IsText(JsonElement text)
    {
        try
        {
            _ = text.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Whether every member name in the value, however deep, reads as text.</summary>
    public static bool NamesAreText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => value.EnumerateObject().All(member => IsName(member) && NamesAreText(member.Value)),
        JsonValueKind.Array => value.EnumerateArray().All(NamesAreText),
        _ => true,
    };

    private static bool IsName(JsonProperty member)
    {
        try
        {
            _ = member.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
