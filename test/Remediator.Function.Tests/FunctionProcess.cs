using System.Diagnostics;
using System.Text;
using Remediator.StandIns.Hosting;

namespace Remediator.Function.Tests;

/// <summary>
/// The function as Lambda runs it: a separate process configured only through its environment. By default
/// the framework-dependent build (<c>dotnet bootstrap.dll</c>, as on the managed runtime); with
/// REMEDIATOR_BOOTSTRAP set, that executable (the native AOT bootstrap built by the Makefile).
/// </summary>
internal sealed class FunctionProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private FunctionProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static FunctionProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        var native = Environment.GetEnvironmentVariable("REMEDIATOR_BOOTSTRAP");
        var start = native is { Length: > 0 }
            ? new ProcessStartInfo(native)
            : new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "bootstrap.dll")]);
        LambdaLikeEnvironment.Apply(start, environment);
        return new FunctionProcess(Process.Start(start) ?? throw new InvalidOperationException("The function process did not start."));
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
