using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Remediator.Benchmarks.Shared;
using Remediator.StandIns.Ec2;

namespace Remediator.Benchmarks.Sweep;

/// <summary>
/// Sweep scaling (BENCHMARKS.md §4): for each world size, the EC2 stand-in runs here and the reader and planner
/// run in a child process, so that calls (from the stand-in's log), time, memory and CPU can be told apart
/// between the stand-in and the code under measurement.
/// </summary>
internal static class SweepCommand
{
    private static readonly string[] Reads = ["DescribeRouteTables", "DescribeSubnets", "DescribeVpcs", "DescribeEgressOnlyInternetGateways"];

    public static async Task<int> RunAsync(Options options)
    {
        var sizes = options.Ints("--tables", [100, 1_000, 10_000]);
        var volume = SweepVolume.From(options);
        var calls = new MarkdownTable(["route tables", "VPCs", "subnets", "EIGWs", .. Reads, "CreateEgressOnlyInternetGateway", "ReplaceRoute"]);
        var time = new MarkdownTable(
            "route tables", "warm-up / measured sweeps", "first sweep (fresh process), ms", "sweep, ms (median)", "per table, µs",
            "plan alone, ms (median)", "plan per table, µs", "client CPU per sweep, ms", "stand-in CPU per sweep, ms", "sweep with fixes, ms");
        var memory = new MarkdownTable("route tables", "allocated per sweep, MB", "snapshot + plans held, MB", "peak working set of the client, MB");
        foreach (var size in sizes)
        {
            await using var standIn = await Ec2StandIn.StartAsync(new Ec2World(SweepWorld.Build(size))).ConfigureAwait(false);
            var (m, standInCpuMs) = await MeasureAsync(standIn.Url, volume).ConfigureAwait(false);

            calls.Add([m.RouteTables, m.Vpcs, m.Subnets, m.EgressOnlyInternetGateways,
                       .. Reads.Select(a => (object)(standIn.Calls.Count(a) / (double)m.Reads)),
                       standIn.Calls.Count("CreateEgressOnlyInternetGateway"), standIn.Calls.Count("ReplaceRoute")]);
            time.Add(m.RouteTables, $"{m.WarmUps} / {m.Repeats}", Ms(m.FirstSweepMs), Ms(m.SweepMs), Ms(m.SweepMs * 1000 / m.RouteTables),
                Ms(m.PlanMs), Ms(m.PlanMs * 1000 / m.RouteTables), Ms(m.CpuMsPerSweep), Ms(standInCpuMs / m.Repeats), Ms(m.FixMs));
            memory.Add(m.RouteTables, Mb(m.AllocatedBytesPerSweep), Mb(m.SnapshotBytes), Mb(m.PeakWorkingSetBytes));
        }

        Console.WriteLine("EC2 calls per sweep (Describe: per read; mutations: for the one sweep that fixes)");
        calls.Print(Console.Out);
        Console.WriteLine("Time");
        time.Print(Console.Out);
        Console.WriteLine("Memory (client process)");
        memory.Print(Console.Out);
        return 0;
    }

    private static async Task<(SweepMeasurement Measurement, double StandInCpuMs)> MeasureAsync(Uri endpoint, SweepVolume volume)
    {
        string[] args =
            [SweepClient.Verb, "--endpoint", endpoint.ToString(), "--warm-tables", $"{volume.WarmTables}", "--measure-tables", $"{volume.MeasureTables}"];
        using var child = Process.Start(SelfProcess.StartInfo(args))
            ?? throw new InvalidOperationException("The sweep client did not start.");
        SweepMeasurement? measurement = null;
        var cpuAtBegin = TimeSpan.Zero;
        var standInCpu = TimeSpan.Zero;
        while (await child.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            // This process does nothing but serve the stand-in while the client measures.
            if (line == SweepClient.Begin)
            {
                cpuAtBegin = Environment.CpuUsage.TotalTime;
            }
            else if (line == SweepClient.End)
            {
                standInCpu = Environment.CpuUsage.TotalTime - cpuAtBegin;
            }
            else if (line.StartsWith(SweepClient.ResultPrefix, StringComparison.Ordinal))
            {
                measurement = JsonSerializer.Deserialize<SweepMeasurement>(line[SweepClient.ResultPrefix.Length..]);
            }
        }

        await child.WaitForExitAsync().ConfigureAwait(false);
        return child.ExitCode == 0 && measurement is not null
            ? (measurement, standInCpu.TotalMilliseconds)
            : throw new InvalidOperationException($"The sweep client failed with exit code {child.ExitCode}.");
    }

    private static string Ms(double ms) => ms.ToString(ms < 10 ? "0.00" : "0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
}
