using System.Globalization;
using Amazon.Runtime.Signing;
using Remediator.Aws.Calls;
using Remediator.Failures;

namespace Remediator.Sns.Protocol;

/// <summary>
/// One <c>Publish</c> request through the signing <see cref="HttpClient"/>, and its answer turned into a
/// message id or a classified <see cref="OperationFailedException"/>. No retry here: see <c>RetryLoop</c>.
/// </summary>
internal sealed class PublishAttempt(HttpClient signedHttp)
{
    // The signing handler reads the region per request from here: the topic's region, whatever the endpoint.
    private static readonly HttpRequestOptionsKey<string> SigningRegion = new(SigV4SigningHandler.RegionOptionKey);

    public async Task<string> SendAsync(Uri endpoint, string region, byte[] body, string topicArn, TimeSpan limit, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = PublishForm.Content(body) };
        request.Options.Set(SigningRegion, region);
        try
        {
            using var response = await signedHttp.SendAsync(request, timeout.Token).ConfigureAwait(false);
            var answer = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new OperationFailedException(SnsXml.Error(response.StatusCode, answer).Failure(SnsService.Definition, SnsService.Publish, topicArn));
            }

            // Not retried: SNS may well have accepted the message, and a retry would deliver it twice.
            return SnsXml.MessageId(answer) ?? throw new OperationFailedException(new OperationFailure(
                FailureKind.Permanent, SnsService.Publish, topicArn, "MalformedResponse",
                $"SNS answered HTTP {(int)response.StatusCode} without a PublishResponse/PublishResult/MessageId."));
        }
        catch (Exception e) when (CallFailure.From(e, SnsService.Definition, SnsService.Publish, topicArn, cancellationToken, TimedOut(endpoint, limit)) is { } failure)
        {
            // A refused or dropped connection, or this attempt's time ran out: transient, the next attempt may get
            // through. Or no credentials could be found while signing, before anything was sent: permanent.
            throw new OperationFailedException(failure, e);
        }
    }

    private static string TimedOut(Uri endpoint, TimeSpan limit) =>
        string.Create(CultureInfo.InvariantCulture, $"No answer from {endpoint.Host} within {limit.TotalSeconds:0.###} s.");
}
