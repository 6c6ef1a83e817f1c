using Microsoft.AspNetCore.Http;

namespace Remediator.StandIns.Hosting;

/// <summary>
/// A stand-in's handler under a <see cref="ServerTransport"/>: half the request delay before it runs (the
/// request on its way), half after, with the answer held back until then (the answer on its way), and the
/// whole recorded on the timeline.
/// </summary>
internal static class ModelledRequests
{
    public static RequestDelegate Wrap(RequestDelegate handle, ServerTransport transport, ServerLabel server) => async context =>
    {
        var arrived = DateTimeOffset.UtcNow;
        var half = transport.RequestDelay / 2;
        if (half > TimeSpan.Zero)
        {
            await Task.Delay(half).ConfigureAwait(false);
        }

        var body = context.Response.Body;
        await using var held = new MemoryStream();
        context.Response.Body = held;
        try
        {
            await handle(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = body;
        }

        if (half > TimeSpan.Zero)
        {
            await Task.Delay(half).ConfigureAwait(false);
        }

        held.Position = 0;
        await held.CopyToAsync(body).ConfigureAwait(false);
        await body.FlushAsync().ConfigureAwait(false);
        transport.Timeline?.Add(new NetworkInterval(server.Value, NetworkIntervalKind.Answer, arrived, DateTimeOffset.UtcNow));
    };
}
