using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Remediator.Aws.Calls;

namespace Remediator.Aws.Reporting;

/// <summary>
/// Reports every operation an SDK client makes, from the client's own events, so that each call is seen however
/// it is made (the EC2 readers hand the runner a closure, not the client). A call is timed from its first attempt's
/// request to its final answer, so the SDK's retries are inside the duration; its failure is classified as
/// <see cref="CallFailure"/> classifies it for <see cref="AwsCall"/>.
/// </summary>
public static class SdkCallReporting
{
    /// <param name="reporter">Absent: the client is returned as it is, unreported.</param>
    public static TClient Attach<TClient>(TClient client, AwsService service, CallReporter? reporter)
        where TClient : AmazonServiceClient
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(service);
        if (reporter is null)
        {
            return client;
        }

        // Keyed by the request object, which lives as long as its call; the first attempt's start is kept.
        var started = new ConditionalWeakTable<AmazonWebServiceRequest, StrongBox<long>>();
        client.BeforeRequestEvent += (_, e) =>
        {
            if (e is WebServiceRequestEventArgs { Request: { } request })
            {
                started.TryAdd(request, new StrongBox<long>(reporter.Start()));
            }
        };
        client.AfterResponseEvent += (_, e) =>
        {
            if (e is WebServiceResponseEventArgs { Request: { } request })
            {
                Finish(request, null);
            }
        };
        client.ExceptionEvent += (_, e) =>
        {
            if (e is WebServiceExceptionEventArgs { Request: { } request, Exception: { } exception })
            {
                Finish(request, exception);
            }
        };

        void Finish(AmazonWebServiceRequest request, Exception? exception)
        {
            if (started.TryGetValue(request, out var start) && started.Remove(request))
            {
                var action = service.Action(Operation(request));
                var failure = exception is null ? null : CallFailure.From(exception, service, action, null, CancellationToken.None);
                reporter.Finish(service, action, start.Value, failure);
            }
        }

        return client;
    }

    /// <summary><c>DescribeRouteTablesRequest</c> → <c>DescribeRouteTables</c>: the SDK names each request after its operation.</summary>
    private static string Operation(AmazonWebServiceRequest request)
    {
        var name = request.GetType().Name;
        return name.EndsWith("Request", StringComparison.Ordinal) ? name[..^"Request".Length] : name;
    }
}
