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
        Value.ValueKind == JsonValueKind.Object && Member(name) is { } member
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

    /// <summary>Looking a member up unescapes every name on the way, and one that is not text throws (found by fuzzing).</summary>
    private JsonElement? Member(string name)
    {
        try
        {
            return Value.TryGetProperty(name, out var member) ? member : null;
        }
        catch (InvalidOperationException)
        {
            throw Invalid(JsonText.NameNotText);
        }
    }

    private string Text() => JsonText.IsText(Value) ? Value.GetString()! : throw Invalid(JsonText.NotText);

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
