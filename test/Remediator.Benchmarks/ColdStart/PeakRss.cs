using System.Globalization;

namespace Remediator.Benchmarks.ColdStart;

/// <summary>The peak resident set size of a live process, as Linux keeps it (VmHWM in /proc/PID/status).</summary>
internal static class PeakRss
{
    public static long Kilobytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"/proc/{pid}/status has no VmHWM line.");
        return long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
    }
}
