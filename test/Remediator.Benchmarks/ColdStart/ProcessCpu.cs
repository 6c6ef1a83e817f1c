using System.Globalization;

namespace Remediator.Benchmarks.ColdStart;

/// <summary>
/// The CPU time a live process has had, summed over its threads from <c>/proc/PID/task/*/schedstat</c> (nanoseconds,
/// where <c>/proc/PID/stat</c> counts 10 ms ticks). Unlike wall time it barely moves when other processes compete
/// for the cores, so it still tells variants apart on a busy machine.
/// </summary>
internal static class ProcessCpu
{
    public static double Milliseconds(int pid)
    {
        long nanoseconds = 0;
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                nanoseconds += long.Parse(File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ')[0], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The thread ended while being listed: its time is lost, as that of every thread that ended before.
            }
        }

        return nanoseconds / 1e6;
    }
}
