using System.Text.Json.Nodes;
using Remediator.Template.Tests.Loading;

namespace Remediator.Template.Tests.Patterns;

/// <summary>
/// One EventBridge rule of the template that invokes the function: an event of the function of type
/// EventBridgeRule, CloudWatchEvent or Schedule, or an AWS::Events::Rule resource.
/// </summary>
/// <param name="Pattern">The event pattern; for a schedule, the pattern of the events EventBridge sends for it.</param>
/// <param name="Bus">The event bus the rule is on: <see cref="DefaultBus"/>, or the logical id of the template's own bus.</param>
/// <param name="DeadLetterArns">Where EventBridge sends an event it could not deliver to the function.</param>
internal sealed record TemplateRule(string Name, string Bus, JsonObject Pattern, string? Schedule, IReadOnlyList<JsonNode> DeadLetterArns)
{
    public const string CloudTrailDetailType = "AWS API Call via CloudTrail";

    public const string DefaultBus = "default";

    public bool IsCloudTrail => Pattern["detail-type"] is JsonArray types && types.Any(t => (string?)t == CloudTrailDetailType);

    public bool Accepts(JsonNode? @event) => EventPattern.Matches(Pattern, @event);

    public override string ToString() => Name;

    public static IReadOnlyList<TemplateRule> In(TemplateDocument template) =>
        [.. FunctionEvents(template), .. RuleResources(template)];

    private static IEnumerable<TemplateRule> FunctionEvents(TemplateDocument template)
    {
        foreach (var (id, function) in template.ResourcesOfType("AWS::Serverless::Function"))
        {
            var events = TemplateDocument.Properties(function)["Events"] as JsonObject ?? [];
            foreach (var (name, node) in events)
            {
                var source = node as JsonObject ?? throw new InvalidDataException($"{id}.Events.{name} is not a mapping.");
                var properties = source["Properties"] as JsonObject ?? [];
                var deadLetter = properties["DeadLetterConfig"]?["Arn"] is { } arn ? new[] { arn } : [];
                var rule = (string?)source["Type"] switch
                {
                    "EventBridgeRule" or "CloudWatchEvent" => new TemplateRule(
                        $"{id}.Events.{name}", BusOf(properties), Required(properties[nameof(Pattern)], $"{id}.Events.{name}.Pattern"), null, deadLetter),
                    "Schedule" or "ScheduleV2" => new TemplateRule(
                        $"{id}.Events.{name}", DefaultBus, ScheduledEvents(), properties[nameof(Schedule)]?.ToJsonString(), deadLetter),
                    _ => null,
                };
                if (rule is not null)
                {
                    yield return rule;
                }
            }
        }
    }

    private static IEnumerable<TemplateRule> RuleResources(TemplateDocument template)
    {
        foreach (var (id, resource) in template.ResourcesOfType("AWS::Events::Rule"))
        {
            var properties = TemplateDocument.Properties(resource);
            var deadLetters = Intrinsics.OneOrMany(properties["Targets"])
                .Select(t => t["DeadLetterConfig"]?["Arn"]).OfType<JsonNode>().ToList();
            yield return properties["ScheduleExpression"] is { } schedule
                ? new TemplateRule(id, DefaultBus, ScheduledEvents(), schedule.ToJsonString(), deadLetters)
                : new TemplateRule(id, BusOf(properties), Required(properties["EventPattern"], $"{id}.EventPattern"), null, deadLetters);
        }
    }

    /// <summary>The rules of <paramref name="template"/> on one bus.</summary>
    public static IReadOnlyList<TemplateRule> On(TemplateDocument template, string bus) => [.. In(template).Where(r => r.Bus == bus)];

    /// <summary>Absent means the default bus; a bus of the template's own is named by <c>!Ref</c>.</summary>
    private static string BusOf(JsonObject properties) =>
        properties["EventBusName"] switch
        {
            null => DefaultBus,
            var bus => Intrinsics.RefName(bus) ?? throw new InvalidDataException($"EventBusName {bus.ToJsonString()} is not a !Ref of the template's bus."),
        };

    /// <summary>What EventBridge sends when a schedule fires (see events/scheduled-sweep.json).</summary>
    private static JsonObject ScheduledEvents() => new()
    {
        ["source"] = new JsonArray("aws.events"),
        ["detail-type"] = new JsonArray("Scheduled Event"),
    };

    private static JsonObject Required(JsonNode? pattern, string where) =>
        pattern as JsonObject ?? throw new InvalidDataException($"{where} is not an event pattern object.");
}
