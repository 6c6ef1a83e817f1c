using System.Globalization;

namespace Remediator.Benchmarks.Soak;

/// <summary>
/// What a live process holds, read from /proc: resident memory (VmRSS), threads, open sockets (its descriptors that
/// link to <c>socket:[…]</c>) and all open descriptors.
/// </summary>
internal sealed record ProcessSample(long RssKb, int Threads, int Sockets, int Descriptors)
{
    public static ProcessSample Of(int pid)
    {
        var status = File.ReadAllLines($"/proc/{pid}/status");
        var descriptors = 0;
        var sockets = 0;
        foreach (var fd in Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd"))
        {
            descriptors++;
            try
            {
                if (new FileInfo(fd).LinkTarget?.StartsWith("socket:", StringComparison.Ordinal) == true)
                {
                    sockets++;
                }
            }
            catch (IOException)
            {
                // Closed while being listed: it is no longer held.
            }
        }

        return new ProcessSample(Number(status, "VmRSS:"), (int)Number(status, "Threads:"), sockets, descriptors);
    }

    private static long Number(string[] status, string field)
    {
        var line = status.FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"/proc status has no {field} line.");
        return long.Parse(line[field.Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
    }
}
