using System.Text.Json;

namespace Remediator.Events;

/// <summary>
/// A value inside an event together with its dotted path, so that every read that fails can say exactly
/// which field is missing or wrong. Reads throw <see cref="InvalidEventException"/>.
/// </summary>
internal readonly record struct EventField(JsonElement Value, string Path)
{
    public bool IsPresent => Value.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null);

    /// <summary>The named member; not present when this is not an object or the member is absent or null.</summary>
    public EventField this[string name] =>
        Value.ValueKind == JsonValueKind.Object && Value.TryGetProperty(name, out var member)
            ? new(member, $"{Path}.{name}")
            : new(default, $"{Path}.{name}");

    public static EventField Root(JsonElement? value, string path) => new(value ?? default, path);

    public EventField RequireObject()
    {
        return Value.ValueKind switch
        {
            JsonValueKind.Object => this,
            JsonValueKind.Undefined or JsonValueKind.Null => throw Invalid("is missing"),
            _ => throw Invalid($"must be an object, found {Describe(Value)}"),
        };
    }

    public string? OptionalString()
    {
        return Value.ValueKind switch
        {
            JsonValueKind.String => Text(),
            JsonValueKind.Undefined or JsonValueKind.Null => null,
            _ => throw Invalid($"must be a string, found {Describe(Value)}"),
        };
    }

    /// <summary>
    /// JSON may escape half of a surrogate pair (<c>"\ud800"</c>), which is no text at all; the reader finds out only
    /// when asked for the string, and throws an InvalidOperationException that would escape as a crash.
    /// </summary>
    internal const string NotText = "is not text: it escapes half of a UTF-16 surrogate pair";

    internal static bool IsText(JsonElement text)
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

    private string Text() => IsText(Value) ? Value.GetString()! : throw Invalid(NotText);

    public string RequiredString() => EventValues.Required(OptionalString(), Path);

    public bool? OptionalBoolean()
    {
        return Value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Undefined or JsonValueKind.Null => null,
            _ => throw Invalid($"must be a boolean, found {Describe(Value)}"),
        };
    }

    /// <summary>A resource id that must have the given shape, e.g. <c>rtb-</c> followed by hex digits.</summary>
    public string RequiredId(Func<string?, bool> isWellFormed, string what)
    {
        var id = RequiredString();
        return isWellFormed(id) ? id : throw Invalid($"is not {what} id: '{EventValues.Truncated(id)}'");
    }

    public string? OptionalId(Func<string?, bool> isWellFormed, string what) =>
        IsPresent ? RequiredId(isWellFormed, what) : null;

    /// <summary>EC2's CloudTrail lists: <c>{"items":[...]}</c>; absent means empty.</summary>
    public IEnumerable<EventField> Items()
    {
        if (!IsPresent)
        {
            return [];
        }

        var items = RequireObject()["items"];
        if (!items.IsPresent)
        {
            return [];
        }

        if (items.Value.ValueKind != JsonValueKind.Array)
        {
            throw items.Invalid($"must be an array, found {Describe(items.Value)}");
        }

        var path = items.Path;
        return items.Value.EnumerateArray().Select((item, index) => new EventField(item, $"{path}[{index}]")).ToList();
    }

    public InvalidEventException Invalid(string problem) => new(new InvalidEvent(Path, problem));

    internal static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
