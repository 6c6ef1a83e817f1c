namespace Remediator.StandIns.Chaos;

/// <summary>Faults injected, by service and kind, and outages by service; safe to add to from parallel calls.</summary>
public sealed class FaultCounts
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string Service, FaultKind Kind), int> faults = [];
    private readonly Dictionary<string, int> outages = new(StringComparer.Ordinal);

    public int this[string service, FaultKind kind]
    {
        get
        {
            lock (gate)
            {
                return faults.GetValueOrDefault((service, kind));
            }
        }
    }

    public int Outages(string service)
    {
        lock (gate)
        {
            return outages.GetValueOrDefault(service);
        }
    }

    public int Total
    {
        get
        {
            lock (gate)
            {
                return faults.Values.Sum();
            }
        }
    }

    /// <summary>Adds another rig's counts to these.</summary>
    public void Add(FaultCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        lock (other.gate)
        {
            lock (gate)
            {
                foreach (var (key, count) in other.faults)
                {
                    faults[key] = faults.GetValueOrDefault(key) + count;
                }

                foreach (var (service, count) in other.outages)
                {
                    outages[service] = outages.GetValueOrDefault(service) + count;
                }
            }
        }
    }

    internal void Add(string service, FaultKind kind)
    {
        lock (gate)
        {
            faults[(service, kind)] = faults.GetValueOrDefault((service, kind)) + 1;
        }
    }

    internal void AddOutage(string service)
    {
        lock (gate)
        {
            outages[service] = outages.GetValueOrDefault(service) + 1;
        }
    }
}
