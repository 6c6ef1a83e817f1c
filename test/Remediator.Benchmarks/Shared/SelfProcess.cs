using System.Diagnostics;

namespace Remediator.Benchmarks.Shared;

/// <summary>Starts this same benchmark executable again with another verb, whether it was started as an apphost or through <c>dotnet</c>.</summary>
internal static class SelfProcess
{
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        var viaDotnet = Path.GetFileNameWithoutExtension(host) == "dotnet";
        return new ProcessStartInfo(host, viaDotnet ? [typeof(SelfProcess).Assembly.Location, .. args] : args)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
    }
}
