using Remediator.Aws.Endpoints;
using Remediator.Function.Composition;
using Remediator.Function.Configuration;
using Remediator.Function.Runtime;
using Remediator.Settings;

namespace Remediator.Function;

/// <summary>
/// The function's entry point: on provided.al2023 it is the native <c>bootstrap</c>; on the managed
/// dotnet10 runtime, Handler = the assembly name runs this same Main.
/// </summary>
internal static class Program
{
    public static async Task<int> Main()
    {
        var environment = new ProcessEnvironment();
        FunctionSettings settings;
        try
        {
            settings = FunctionSettingsReader.Read(environment);
        }
        catch (InvalidConfigurationException e)
        {
            await ReportInitErrorAsync(e).ConfigureAwait(false);
            return 1;
        }

        if (settings.EndpointUrl is { } endpoint)
        {
            // The AWS SDKs read AWS_ENDPOINT_URL themselves when a client is made; ours (SNS) reads it through the environment.
            Environment.SetEnvironmentVariable(EndpointOverride.GlobalVariable, endpoint.ToString());
        }

        var loop = FunctionComposition.Compose(settings, environment, Console.Out, TimeProvider.System);
        try
        {
            await loop.RunAsync(CancellationToken.None).ConfigureAwait(false);
            return 0;
        }
        catch (RuntimeApiException e) when (e.ContainerIsBroken)
        {
            // Lambda's answer that this execution environment is done for: exit, Lambda starts a new one.
            await Console.Error.WriteLineAsync($"Remediator stops: {e.Message}").ConfigureAwait(false);
            return 2;
        }
    }

    /// <summary>Configuration errors go to Lambda's init/error, so the deployment shows them at once.</summary>
    private static async Task ReportInitErrorAsync(InvalidConfigurationException error)
    {
        await Console.Error.WriteLineAsync($"Remediator cannot start: {error.Message}").ConfigureAwait(false);
        if (Environment.GetEnvironmentVariable("AWS_LAMBDA_RUNTIME_API") is { Length: > 0 } runtimeApi)
        {
            await RuntimeApiClient.For(runtimeApi)
                .ReportInitErrorAsync(RuntimeError.From(ErrorTypes.InvalidConfiguration, error.Message), CancellationToken.None)
                .ConfigureAwait(false);
        }
    }
}
