using System.Text.Json.Serialization;

namespace Remediator.Notifications;

/// <summary>Source-generated serialization of the notification (native AOT: no reflection).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(NotificationDocument))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class NotificationJsonContext : JsonSerializerContext;
