using System.Text.Json.Serialization;

namespace Remediator.Function.Runtime;

[JsonSerializable(typeof(RuntimeError))]
internal sealed partial class RuntimeJsonContext : JsonSerializerContext;
