using System.Text.Json.Nodes;

namespace Remediator.Template.Tests.Loading;

/// <summary>A template of the repository as JSON, with the few look-ups the tests need.</summary>
internal sealed class TemplateDocument(string fileName, JsonObject root)
{
    public const string CentralFileName = "template.yaml";

    public const string MemberFileName = "member-account.yaml";

    private static readonly Lazy<TemplateDocument> CentralTemplate = new(() => Read(CentralFileName));

    private static readonly Lazy<TemplateDocument> MemberTemplate = new(() => Read(MemberFileName));

    /// <summary>The central stack (SAM): the function, its topic, queue and alarms, and the organization's bus. Read once: tests only read it.</summary>
    public static TemplateDocument Central => CentralTemplate.Value;

    /// <summary>The member stack (plain CloudFormation, for StackSets): forwarding rules and the member role.</summary>
    public static TemplateDocument Member => MemberTemplate.Value;

    public string FileName { get; } = fileName;

    public JsonObject Root { get; } = root;

    public JsonObject Parameters => Section("Parameters");

    public JsonObject Conditions => Section("Conditions");

    public JsonObject Resources => Section("Resources");

    public JsonObject Outputs => Section("Outputs");

    /// <summary>The repository's template of that file name.</summary>
    public static TemplateDocument Named(string fileName) => fileName switch
    {
        CentralFileName => Central,
        MemberFileName => Member,
        _ => throw new ArgumentException($"No template {fileName} in the repository.", nameof(fileName)),
    };

    public JsonObject Resource(string logicalId) =>
        Resources[logicalId] as JsonObject ?? throw new KeyNotFoundException($"{FileName} has no resource {logicalId}.");

    public IEnumerable<(string Id, JsonObject Resource)> ResourcesOfType(string type) =>
        Resources.Where(r => r.Value is JsonObject o && (string?)o["Type"] == type).Select(r => (r.Key, (JsonObject)r.Value!));

    public static JsonObject Properties(JsonObject resource) => resource["Properties"] as JsonObject ?? [];

    private static TemplateDocument Read(string fileName) => new(fileName, CloudFormationYaml.Load(File.ReadAllText(Loading.Repository.PathOf(fileName))));

    private JsonObject Section(string name) => Root[name] as JsonObject ?? [];
}
