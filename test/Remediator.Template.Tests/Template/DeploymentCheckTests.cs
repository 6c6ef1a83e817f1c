using System.Diagnostics;
using Remediator.Template.Tests.Loading;

namespace Remediator.Template.Tests.Template;

/// <summary>
/// The Makefile's check that a build fits the deployment it is for (src/Remediator.Function/check-deploy-parameters.sh),
/// run on a copy of the template with the samconfig.toml that <c>sam deploy --guided</c> would have saved.
/// </summary>
public sealed class DeploymentCheckTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("remediator-deploy-check").FullName;

    public DeploymentCheckTests() => File.Copy(Repository.PathOf("template.yaml"), Path.Combine(root, "template.yaml"));

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void The_default_build_fits_the_template_s_defaults()
    {
        var (exitCode, output) = Check("provided.al2023", "linux-x64", overrides: "Mode=\\\"detect\\\"");

        Assert.Equal(0, exitCode);
        Assert.Contains("FunctionRuntime=provided.al2023 (template.yaml default) and Architecture=x86_64 (template.yaml default)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("provided.al2023", "linux-x64", "FunctionRuntime=\\\"dotnet10\\\"", "FunctionRuntime=dotnet10 (samconfig.toml), but this build is for provided.al2023 (RUNTIME): build with RUNTIME=dotnet10 sam build")]
    [InlineData("dotnet10", "linux-x64", null, "FunctionRuntime=provided.al2023 (template.yaml default), but this build is for dotnet10")]
    [InlineData("provided.al2023", "linux-x64", "Architecture=\\\"arm64\\\"", "Architecture=arm64 (samconfig.toml), but this build makes the bootstrap for x86_64 (RID=linux-x64): build with sam build --use-container")]
    public void A_build_the_deployment_could_not_run_stops_before_building_and_says_what_to_run(string runtime, string rid, string? overrides, string message)
    {
        var (exitCode, output) = Check(runtime, rid, overrides);

        Assert.Equal(1, exitCode);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_managed_runtime_runs_on_either_architecture()
    {
        var (exitCode, _) = Check("dotnet10", "linux-x64", "FunctionRuntime=\\\"dotnet10\\\" Architecture=\\\"arm64\\\"");

        Assert.Equal(0, exitCode);
    }

    private (int ExitCode, string Output) Check(string runtime, string rid, string? overrides)
    {
        if (overrides is not null)
        {
            File.WriteAllText(Path.Combine(root, "samconfig.toml"), $"version = 0.1\n[default.deploy.parameters]\nparameter_overrides = \"{overrides}\"\n");
        }

        var start = new ProcessStartInfo("sh", [Repository.PathOf("src/Remediator.Function/check-deploy-parameters.sh"), runtime, rid, root])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
