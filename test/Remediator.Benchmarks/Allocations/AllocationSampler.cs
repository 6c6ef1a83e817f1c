using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace Remediator.Benchmarks.Allocations;

/// <summary>
/// Listens to the runtime's own allocation sampling (GCAllocationTick: one event per ~100 KB allocated, naming
/// the type of the object that crossed the mark), so that what allocates can be told by type without a
/// profiler: over enough iterations, each type's share of the samples is its share of the bytes.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> bytesByType = new(StringComparer.Ordinal);
    private volatile bool recording;

    public void Start() => recording = true;

    public IReadOnlyList<(string Type, double Share)> Stop()
    {
        recording = false;
        var total = (double)bytesByType.Values.Sum();
        return [.. bytesByType.OrderByDescending(p => p.Value).Select(p => (p.Key, p.Value / total))];
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSource)
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!recording || eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true
            || eventData.PayloadNames is not { } names || eventData.Payload is not { } payload)
        {
            return;
        }

        // One sample stands for the bytes allocated since the previous one, whatever their types.
        var type = payload[names.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        bytesByType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}
