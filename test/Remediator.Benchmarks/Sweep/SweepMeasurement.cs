namespace Remediator.Benchmarks.Sweep;

/// <summary>What the sweep client measured in its own process, handed to the parent as one JSON line.</summary>
/// <param name="Reads">How many times the client read the region in all: every read is the same read-only sweep.</param>
/// <param name="WarmUps">Sweeps made after the first and before the measured ones, to let the JIT settle.</param>
/// <param name="FirstSweepMs">Read + plan the first time, in a fresh process: what a cold invocation pays.</param>
/// <param name="SweepMs">Median of the measured sweeps (read + plan), once the process is warm.</param>
/// <param name="PlanMs">Median of judging and planning alone, on a collected heap.</param>
/// <param name="AllocatedBytesPerSweep">Allocated by read + plan, per sweep (the client process only).</param>
/// <param name="SnapshotBytes">Managed heap held by one snapshot and its plans.</param>
/// <param name="CpuMsPerSweep">The client process's CPU time per warm sweep (SDK, reader, planner).</param>
/// <param name="FixMs">The whole handler on the scheduled sweep event: read, plan, create EIGWs, replace routes.</param>
internal sealed record SweepMeasurement(
    int Reads,
    int WarmUps,
    int Repeats,
    int Vpcs,
    int Subnets,
    int RouteTables,
    int EgressOnlyInternetGateways,
    int Plans,
    double FirstSweepMs,
    double SweepMs,
    double PlanMs,
    long AllocatedBytesPerSweep,
    long SnapshotBytes,
    long PeakWorkingSetBytes,
    double CpuMsPerSweep,
    double FixMs,
    int RoutesReplaced);
