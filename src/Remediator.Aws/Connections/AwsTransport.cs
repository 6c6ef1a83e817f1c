namespace Remediator.Aws.Connections;

/// <summary>The connection pool under an AWS client of the process: one per endpoint the function calls.</summary>
public static class AwsTransport
{
    /// <param name="connectTimeout">Absent: a connection may take as long as the request's own timeout allows.</param>
    public static SocketsHttpHandler Create(TimeSpan? connectTimeout = null) => new()
    {
        // A redirect followed below a signer would carry a signature for the wrong request.
        AllowAutoRedirect = false,
        ConnectTimeout = connectTimeout ?? Timeout.InfiniteTimeSpan,
    };
}
