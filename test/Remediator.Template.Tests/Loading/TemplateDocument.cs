using System.Text.Json.Nodes;

namespace Remediator.Template.Tests.Loading;

/// <summary>template.yaml as JSON, with the few look-ups the tests need.</summary>
internal sealed class TemplateDocument(JsonObject root)
{
    public const string FileName = "template.yaml";

    private static readonly Lazy<TemplateDocument> Repository = new(
        () => Parse(File.ReadAllText(Loading.Repository.PathOf(FileName))));

    /// <summary>The repository's template, read once: tests only read it.</summary>
    public static TemplateDocument Current => Repository.Value;

    public JsonObject Root { get; } = root;

    public JsonObject Parameters => Section("Parameters");

    public JsonObject Conditions => Section("Conditions");

    public JsonObject Resources => Section("Resources");

    public JsonObject Outputs => Section("Outputs");

    public static TemplateDocument Parse(string yaml) => new(CloudFormationYaml.Load(yaml));

    public JsonObject Resource(string logicalId) =>
        Resources[logicalId] as JsonObject ?? throw new KeyNotFoundException($"{FileName} has no resource {logicalId}.");

    public IEnumerable<(string Id, JsonObject Resource)> ResourcesOfType(string type) =>
        Resources.Where(r => r.Value is JsonObject o && (string?)o["Type"] == type).Select(r => (r.Key, (JsonObject)r.Value!));

    public static JsonObject Properties(JsonObject resource) => resource["Properties"] as JsonObject ?? [];

    private JsonObject Section(string name) => Root[name] as JsonObject ?? [];
}
