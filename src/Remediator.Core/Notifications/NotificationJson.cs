using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Remediator.Notifications;

/// <summary>
/// Serialization settings of the notification: the source-generated metadata, indented, and without
/// escaping quotes and apostrophes into <c>\u0027</c>, since the text is read in mail clients, not HTML.
/// </summary>
internal static class NotificationJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        TypeInfoResolver = NotificationJsonContext.Default,
    };

    public static JsonTypeInfo<NotificationDocument> Document { get; } =
        (JsonTypeInfo<NotificationDocument>)Options.GetTypeInfo(typeof(NotificationDocument));

    public static JsonTypeInfo<Dictionary<string, string>> Body { get; } =
        (JsonTypeInfo<Dictionary<string, string>>)Options.GetTypeInfo(typeof(Dictionary<string, string>));
}
