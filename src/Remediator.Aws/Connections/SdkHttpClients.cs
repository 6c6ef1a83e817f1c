using Amazon.Runtime;

namespace Remediator.Aws.Connections;

/// <summary>
/// Gives an AWS SDK client an <see cref="HttpClient"/> over a handler we hold, so that its connection pool is
/// one we can open connections in ahead of the first call (<see cref="ConnectionWarmUp"/>). The handler
/// outlives every client made from it; the SDK neither caches nor disposes them.
/// </summary>
public sealed class SdkHttpClients(HttpMessageHandler transport) : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig)
    {
        ArgumentNullException.ThrowIfNull(clientConfig);

        // What the SDK's own client would take from the config: its per-request timeout.
        return new HttpClient(transport, disposeHandler: false) { Timeout = clientConfig.Timeout ?? TimeSpan.FromSeconds(100) };
    }

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;
}
