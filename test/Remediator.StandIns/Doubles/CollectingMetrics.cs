using Remediator.Ports;
using Remediator.Telemetry;

namespace Remediator.StandIns.Doubles;

/// <summary>Keeps every metric, for tests to read.</summary>
public sealed class CollectingMetrics : IMetrics
{
    private readonly List<Metric> metrics = [];

    public IReadOnlyList<Metric> All
    {
        get
        {
            lock (metrics)
            {
                return [.. metrics];
            }
        }
    }

    public double Sum(string name) => All.Where(m => m.Name == name).Sum(m => m.Value);

    /// <summary>How often the handler wrote out what it emitted.</summary>
    public int Flushes { get; private set; }

    public void Flush()
    {
        lock (metrics)
        {
            Flushes++;
        }
    }

    public void Emit(Metric metric)
    {
        lock (metrics)
        {
            metrics.Add(metric);
        }
    }
}
