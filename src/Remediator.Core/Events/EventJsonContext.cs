using System.Text.Json.Serialization;

namespace Remediator.Events;

/// <summary>Source-generated (de)serialization metadata: the function is published with native AOT.</summary>
[JsonSourceGenerationOptions(AllowTrailingCommas = false, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(EventBridgeEnvelope))]
[JsonSerializable(typeof(CloudTrailRecord))]
internal sealed partial class EventJsonContext : JsonSerializerContext;
