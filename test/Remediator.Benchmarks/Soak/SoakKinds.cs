using System.Text;
using System.Text.Json.Nodes;
using Remediator.StandIns.Samples;

namespace Remediator.Benchmarks.Soak;

/// <summary>
/// The kinds of the mix: every sample of events/ as it is (their ids are those of <see cref="SoakWorld"/>), and what
/// EventBridge never sends but a Runtime API loop must survive: bytes that are not JSON or not UTF-8, an empty body,
/// cut or pathological JSON, and bodies of Lambda's largest invocation payload.
/// </summary>
internal static class SoakKinds
{
    public const string TriggerGroup = "trigger sample";
    public const string IgnoreGroup = "ignore sample";
    public const string MalformedGroup = "malformed sample";
    public const string OwnGroup = "the soak's own";

    /// <summary>Just under Lambda's 6 MB limit for an invocation payload, which the Runtime API never exceeds.</summary>
    private const int LargestPayload = (6 * 1024 * 1024) - 4096;

    /// <param name="huge">With the two kinds of 6 MB: without them, what memory does is not hidden by what the GC lets those grow to.</param>
    public static IReadOnlyList<SoakKind> All(bool huge) => [.. Samples(), .. Own(), .. huge ? Huge6Mb() : []];

    private static IEnumerable<SoakKind> Samples() => SampleEvents.Names().Select(name =>
    {
        var bytes = File.ReadAllBytes(SampleEvents.Path(name));
        var (group, expected) = name switch
        {
            _ when name.StartsWith("malformed-", StringComparison.Ordinal) => (MalformedGroup, ExpectedAnswer.InvalidEvent),
            _ when name.StartsWith("ignore-", StringComparison.Ordinal) => (IgnoreGroup, ExpectedAnswer.Response),
            _ => (TriggerGroup, ExpectedAnswer.Response),
        };
        return new SoakKind(Path.GetFileNameWithoutExtension(name), group, expected, _ => bytes);
    });

    private static IEnumerable<SoakKind> Own()
    {
        var createRoute = SampleEvents.Read("create-route-ipv6-default-to-igw.json");
        yield return Malformed("random bytes, 1 B to 4 KiB (not JSON, mostly not UTF-8)", random =>
        {
            var bytes = new byte[random.Next(1, 4097)];
            random.NextBytes(bytes);
            return bytes;
        });
        yield return Malformed("empty body", _ => []);
        yield return Malformed("NUL bytes, 1 KiB", _ => new byte[1024]);
        yield return Malformed("JSON cut in half", _ => Encoding.UTF8.GetBytes(createRoute[..(createRoute.Length / 2)]));
        yield return Malformed("JSON null", _ => "null"u8.ToArray());
        yield return Malformed("arrays nested 100,000 deep", _ => Encoding.ASCII.GetBytes(new string('[', 100_000) + new string(']', 100_000)));
    }

    private static IEnumerable<SoakKind> Huge6Mb()
    {
        var text = Enumerable.Repeat((byte)'x', LargestPayload).ToArray();
        var padded = HugeEvent(SampleEvents.Read("create-route-ipv6-default-to-igw.json"));
        yield return Malformed("6 MB of text, not JSON", _ => text);
        yield return new SoakKind("CreateRoute sample padded to 6 MB", OwnGroup, ExpectedAnswer.Response, _ => padded);
    }

    private static SoakKind Malformed(string name, Func<Random, byte[]> body) => new(name, OwnGroup, ExpectedAnswer.InvalidEvent, body);

    /// <summary>The sample with a field the parser has no use for, as large as a payload gets: it must still be judged.</summary>
    private static byte[] HugeEvent(string sample)
    {
        var json = JsonNode.Parse(sample)!;
        var shortOf = LargestPayload - Encoding.UTF8.GetByteCount(json.ToJsonString()) - 32;
        json["detail"]!["requestParameters"]!["padding"] = new string('p', shortOf);
        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }
}
