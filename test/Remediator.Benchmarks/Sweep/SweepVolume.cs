using Remediator.Benchmarks.Shared;

namespace Remediator.Benchmarks.Sweep;

/// <summary>
/// How much sweeping warms the process up and how much is measured, counted in route tables read, so that
/// every world size gets the same amount of work. A fixed number of sweeps would not do: the JIT needs
/// several seconds of work before the code reaches its final tier, which a few sweeps of a large world do
/// not give (measured: the 1st to the 8th read of 10,000 tables fall from 965 ms to 300 ms).
/// </summary>
internal sealed record SweepVolume(int WarmTables, int MeasureTables)
{
    public const int DefaultWarmTables = 100_000;
    public const int DefaultMeasureTables = 30_000;

    public static SweepVolume From(Options options) =>
        new(options.Int("--warm-tables", DefaultWarmTables), options.Int("--measure-tables", DefaultMeasureTables));

    public int WarmUps(int tables) => Ceiling(WarmTables, tables);

    public int Repeats(int tables) => Math.Max(3, Ceiling(MeasureTables, tables));

    private static int Ceiling(int total, int tables) => (total + tables - 1) / tables;
}
