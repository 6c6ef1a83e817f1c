using System.Diagnostics;

namespace Remediator.Benchmarks.ColdStart;

/// <summary>One build of the function, and how Lambda starts it.</summary>
internal sealed record FunctionBuild(string Name, string Path)
{
    /// <summary>The native AOT <c>bootstrap</c> of provided.al2023: the executable itself.</summary>
    public static FunctionBuild Native(string bootstrap) => new("native AOT (provided.al2023)", bootstrap);

    /// <summary>The framework-dependent ReadyToRun build of dotnet10: <c>dotnet bootstrap.dll</c>.</summary>
    public static FunctionBuild Managed(string assembly) => new("ReadyToRun, framework-dependent (dotnet10)", assembly);

    public ProcessStartInfo StartInfo() => Path.EndsWith(".dll", StringComparison.Ordinal)
        ? new ProcessStartInfo("dotnet", [Path])
        : new ProcessStartInfo(Path);
}
