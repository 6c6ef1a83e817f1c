using System.Text.Json.Nodes;
using Remediator.Template.Tests.Loading;

namespace Remediator.Template.Tests.Template;

/// <summary>
/// The <c>--env-vars</c> files in events/sam-local/ for <c>sam local invoke</c>: SAM applies a file's entries to the
/// function whose logical id keys them, and only to variables the template declares on it
/// (samcli/local/lambdafn/env_vars.py), so a misspelt or undeclared key would be silently ignored.
/// </summary>
public sealed class SamLocalEnvVarsTests
{
    private const string FunctionId = "RemediatorFunction";

    public static TheoryData<string> Files =>
        [.. Directory.EnumerateFiles(Repository.PathOf("events/sam-local"), "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_file_sets_only_variables_the_template_declares_on_the_function(string file)
    {
        var root = Assert.IsType<JsonObject>(JsonNode.Parse(File.ReadAllText(Repository.PathOf($"events/sam-local/{file}"))));
        var declared = TemplateDocument.Properties(TemplateDocument.Central.Resource(FunctionId))["Environment"]?["Variables"] as JsonObject;

        var function = Assert.IsType<JsonObject>(Assert.Single(root, e => e.Key == FunctionId).Value);
        Assert.All(function, variable => Assert.True(
            declared?.ContainsKey(variable.Key) == true,
            $"{file} sets {variable.Key}, which the template does not declare on {FunctionId}: SAM would ignore it."));
        Assert.Single(root);
    }
}
