using BenchmarkDotNet.Attributes;
using Remediator.Judgement;
using Remediator.StandIns.Samples;
using Remediator.Triggers;

namespace Remediator.Benchmarks.Warm;

/// <summary>Event → trigger for every sample event: the first step of every invocation, before any AWS call.</summary>
public class ParseBenchmarks
{
    private readonly TriggerParser parser = new(ClassificationRules.Default);
    private string json = "";

    [ParamsSource(nameof(Events))]
    public string Event { get; set; } = "";

    /// <summary>The file names without ".json", which BenchmarkDotNet shows in full.</summary>
    public static IEnumerable<string> Events => SampleEvents.Names().Select(Path.GetFileNameWithoutExtension).OfType<string>();

    [GlobalSetup]
    public void Setup() => json = SampleEvents.Read(Event + ".json");

    [Benchmark]
    public ParsedEvent Parse() => parser.Parse(json);
}
