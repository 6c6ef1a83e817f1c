using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Remediator.Function.Runtime;

/// <summary>
/// The HTTP client of the Lambda Runtime API (<c>AWS_LAMBDA_RUNTIME_API</c>), version 2018-06-01.
/// </summary>
internal sealed class RuntimeApiClient(HttpClient http) : IRuntimeApi
{
    private const string ErrorTypeHeader = "Lambda-Runtime-Function-Error-Type";

    /// <summary>
    /// The long poll for the next event has no client timeout: Lambda freezes the process while no event
    /// comes, and any timeout would fire on thaw and fail a perfectly good request.
    /// </summary>
    public static RuntimeApiClient For(string runtimeApi) =>
        new(new HttpClient { BaseAddress = new Uri($"http://{runtimeApi}/2018-06-01/"), Timeout = Timeout.InfiniteTimeSpan });

    public async Task<Invocation> NextAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("runtime/invocation/next", cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "runtime/invocation/next", cancellationToken).ConfigureAwait(false);
        var requestId = Header(response, "Lambda-Runtime-Aws-Request-Id")
            ?? throw new RuntimeApiException("The Runtime API sent an event without Lambda-Runtime-Aws-Request-Id.", 500);
        var deadline = long.TryParse(Header(response, "Lambda-Runtime-Deadline-Ms"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : DateTimeOffset.MaxValue;
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new Invocation(requestId, body, deadline, Header(response, "Lambda-Runtime-Trace-Id"), Header(response, "Lambda-Runtime-Invoked-Function-Arn"));
    }

    public Task RespondAsync(string requestId, string responseJson, CancellationToken cancellationToken) =>
        PostAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/response", responseJson, null, cancellationToken);

    public Task ReportInvocationErrorAsync(string requestId, RuntimeError error, CancellationToken cancellationToken) =>
        PostAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/error", Serialize(error), error.ErrorType, cancellationToken);

    public Task ReportInitErrorAsync(RuntimeError error, CancellationToken cancellationToken) =>
        PostAsync("runtime/init/error", Serialize(error), error.ErrorType, cancellationToken);

    private async Task PostAsync(string path, string json, string? errorType, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (errorType is not null)
        {
            // A header value must be one line; an odd error type must not stop the report from being sent.
            request.Headers.TryAddWithoutValidation(ErrorTypeHeader, errorType.ReplaceLineEndings(" "));
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, path, cancellationToken).ConfigureAwait(false);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string path, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        throw new RuntimeApiException($"The Runtime API answered {(int)response.StatusCode} to {path}: {body}", (int)response.StatusCode);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static string Serialize(RuntimeError error) => JsonSerializer.Serialize(error, RuntimeJsonContext.Default.RuntimeError);
}
