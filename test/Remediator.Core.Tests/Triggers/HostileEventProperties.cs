using System.Text.Json.Nodes;
using CsCheck;
using Remediator.Judgement;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Worlds;
using Remediator.Tests.Events;
using Remediator.Triggers;

namespace Remediator.Tests.Triggers;

/// <summary>
/// Hostile but valid JSON (issue 14): each event either means what it says, or is rejected naming the field.
/// The parser never throws; <see cref="Parse"/> lets any exception fail the property with the input printed.
/// </summary>
public sealed class HostileEventProperties
{
    private const string Subnet = "subnet-0123456789abcdef0";
    private const string Placeholder = "hostile-placeholder";
    private static readonly TriggerParser Parser = new(ClassificationRules.Default);

    /// <summary>Every sample event the parser accepts, as a JSON object: the malformed ones are rejected already.</summary>
    private static readonly (string Name, JsonObject Json)[] Samples =
        [.. SampleEvents.Names().Where(n => !Describe(SampleEvents.Read(n)).StartsWith("reject ", StringComparison.Ordinal))
            .Select(n => (n, JsonNode.Parse(SampleEvents.Read(n))!.AsObject()))];

    /// <summary>
    /// Any non-empty UTF-16 text, weighted towards what breaks naive code: controls, lone surrogates, right-to-left marks.
    /// (An empty string is an absent field, which the parser may report under another name: "no route target".)
    /// </summary>
    private static readonly Gen<string> HostileText = Gen.String[
        Gen.OneOf(Gen.Char['\0', '\u001f'], Gen.Char['\ud800', '\udfff'], Gen.Char['\u0080', '\uffff'], Gen.Char['a', 'z'], Gen.Const('\u202e')), 1, 40];

    [Fact]
    public void Deep_nesting_where_the_parser_does_not_look_changes_nothing_and_past_the_limit_rejects_the_whole_event()
    {
        var original = Describe(SampleEvents.Read("create-route-ipv6-default-to-igw.json"));
        Gen.Int[1, 400].Sample(depth =>
        {
            var json = EventJson.Ipv6RouteToIgw();
            json.Request()["extra"] = Placeholder;
            var text = json.ToJsonString().Replace($"\"{Placeholder}\"", new string('[', depth) + new string(']', depth), StringComparison.Ordinal);

            var parsed = Describe(text);

            // The envelope, detail, requestParameters and the member itself are four levels; JSON readers stop at 64.
            if (depth + 3 <= 64)
            {
                Assert.Equal(original, parsed);
            }
            else
            {
                Assert.StartsWith("reject (event): ", parsed, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void An_event_of_256_KB_means_what_the_same_event_means_when_small()
    {
        Gen.Select(Gen.Int[262_144, 300_000], Gen.Int[0, 100]).Sample((size, position) =>
        {
            var instances = Enumerable.Range(0, size / 40).Select(i => $"i-{i:x17}").ToList();
            instances.Insert(Math.Min(position, instances.Count), Subnet);
            var json = EventJson.Tags("CreateTags", [.. instances], "Tier");
            json.Detail()["userAgent"] = new string('u', size / 4);
            var text = json.ToJsonString();
            Assert.True(text.Length >= 262_144, $"{text.Length} characters");

            Assert.Equal($"recheck {Subnet}", Describe(text));
        }, iter: 20);
    }

    [Fact]
    public void Any_unicode_or_control_character_in_a_tag_key_triggers_exactly_when_the_key_is_one_the_rules_read()
    {
        Gen.OneOf(HostileText, Gen.OneOf(ClassificationRules.Default.KeysThatMatter.ToArray())).Sample(key =>
        {
            var text = EventJson.Tags("CreateTags", [Subnet], Placeholder).ToJsonString()
                .Replace($"\"{Placeholder}\"", HostileJson.EscapedLiteral(key), StringComparison.Ordinal);

            var parsed = Describe(text);

            if (ClassificationRules.Default.KeysThatMatter.Contains(key))
            {
                Assert.Equal($"recheck {Subnet}", parsed);
            }
            else
            {
                Assert.True(parsed.StartsWith("ignore: ", StringComparison.Ordinal) || parsed.StartsWith("reject detail.requestParameters.tagSet.items[0].key: ", StringComparison.Ordinal), parsed);
            }
        }, iter: 1000);
    }

    [Fact]
    public void Any_unicode_or_control_character_in_a_string_of_a_sample_event_parses_or_is_rejected_naming_that_field()
    {
        var strings = Samples.SelectMany(s => HostileJson.Strings(s.Json).Select(leaf => (s.Name, s.Json, leaf.Path))).ToArray();
        Gen.Select(Gen.OneOf(strings), HostileText).Sample((sample, value) =>
        {
            var text = HostileJson.Replaced(sample.Json, sample.Path, Placeholder).ToJsonString()
                .Replace($"\"{Placeholder}\"", HostileJson.EscapedLiteral(value), StringComparison.Ordinal);

            var parsed = Describe(text);

            Assert.False(parsed.StartsWith("reject ", StringComparison.Ordinal) && !parsed.StartsWith($"reject {sample.Path}: ", StringComparison.Ordinal), parsed);
        }, iter: 2000, print: s => $"{s.Item1.Name} {s.Item1.Path} = {HostileJson.EscapedLiteral(s.Item2)}");
    }

    [Fact]
    public void A_duplicated_key_means_what_its_last_occurrence_says()
    {
        var strings = Samples.SelectMany(s => HostileJson.Strings(s.Json).Select(leaf => (s.Name, s.Json, leaf.Path))).ToArray();
        Gen.Select(Gen.OneOf(strings), Gen.OneOf("igw-0c3d4e5f60718293a", "::/0", "rtb-0a1b2c3d4e5f60718", "", "CreateRoute", "aws.ec2")).Sample((sample, decoy) =>
        {
            var text = HostileJson.WithDuplicate(sample.Json, sample.Path, decoy);

            Assert.Equal(Describe(sample.Json.ToJsonString()), Describe(text));
        }, iter: 2000, print: s => $"{s.Item1.Name} {s.Item1.Path} decoy '{s.Item2}'");
    }

    [Fact]
    public void A_number_where_a_string_is_expected_is_rejected_naming_the_field_or_changes_nothing_when_the_field_is_unread()
    {
        var strings = Samples.SelectMany(s => HostileJson.Strings(s.Json).Select(leaf => (s.Name, s.Json, leaf.Path))).ToArray();
        Gen.Select(Gen.OneOf(strings), Gen.OneOf(Gen.Long.Select(n => (JsonNode)n), Gen.Double.Select(d => (JsonNode)(double.IsFinite(d) ? d : 0)))).Sample((sample, number) =>
        {
            var parsed = Describe(HostileJson.Replaced(sample.Json, sample.Path, number).ToJsonString());

            if (!parsed.StartsWith($"reject {sample.Path}: ", StringComparison.Ordinal))
            {
                Assert.Equal(Describe(sample.Json.ToJsonString()), parsed);
            }
        }, iter: 2000, print: s => $"{s.Item1.Name} {s.Item1.Path} = {s.Item2.ToJsonString()}");
    }

    private static string Describe(string json) => SampleEventTests.Describe(Parser.Parse(json));
}
