using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Remediator.StandIns.Calls;
using Remediator.StandIns.Chaos;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.Signing;

namespace Remediator.StandIns.Sns;

/// <summary>
/// Answers one HTTP call the way SNS does, in SNS's order: signature, action and version, injected faults,
/// then the topic and the message. Every call is logged before it is answered, so a test that awaited the
/// client finds it in the log.
/// </summary>
internal sealed class SnsPipeline(SigV4Check signature, SnsTopics topics, SnsFaults faults, CallLog<SnsCall> calls)
{
    public const string ApiVersion = "2010-03-31";

    public async Task HandleAsync(HttpContext http)
    {
        var ordinal = calls.NextOrdinal();
        var cancel = http.RequestAborted;
        var request = await ReceivedRequest.ReadAsync(http, cancel);
        var headers = request.Headers;
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(request.Body))
            .ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var requestId = Guid.NewGuid().ToString();
        var verified = false;
        string? messageId = null;
        SnsStandInError? error = null;
        InjectedFault? chaos = null;
        try
        {
            Verify(request);
            verified = true;
            await Task.Delay(faults.TakeDelay(), cancel);
            chaos = faults.DrawRandom(form);
            await Task.Delay(chaos?.Delay ?? TimeSpan.Zero, cancel);
            if (chaos is { IsError: true })
            {
                throw (chaos.Kind == FaultKind.Throttling ? SnsStandInError.Throttling() : SnsStandInError.InternalError()).ToException();
            }

            messageId = Publish(form);
        }
        catch (SnsStandInException e)
        {
            error = e.Error;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The client gave up (its attempt timeout) during an injected delay: nobody is left to answer.
            calls.Record(new SnsCall(ordinal, form, headers, verified, 0, null, null));
            return;
        }

        if (chaos is { DropsAnswer: true })
        {
            // Published (when it could be), but the answer never leaves: the caller cannot tell.
            calls.Record(new SnsCall(ordinal, form, headers, verified, 0, error?.Code, messageId));
            http.Abort();
            return;
        }

        calls.Record(new SnsCall(ordinal, form, headers, verified, error?.Status ?? 200, error?.Code, messageId));
        http.Response.StatusCode = error?.Status ?? StatusCodes.Status200OK;
        http.Response.ContentType = "text/xml";
        var answer = error is null ? StandInXml.Published(messageId!, requestId) : StandInXml.Error(error, requestId);
        await http.Response.Body.WriteAsync(answer, cancel);
    }

    private void Verify(ReceivedRequest request)
    {
        try
        {
            signature.Verify(request);
        }
        catch (SigV4Exception e)
        {
            throw (e.Problem switch
            {
                SigV4Problem.MissingAuthentication => SnsStandInError.MissingAuthenticationToken(),
                SigV4Problem.Incomplete => SnsStandInError.IncompleteSignature(e.Message),
                SigV4Problem.UnknownCredentials => SnsStandInError.InvalidClientTokenId(),
                _ => SnsStandInError.SignatureDoesNotMatch(e.Message),
            }).ToException();
        }
    }

    private string Publish(IReadOnlyDictionary<string, string> form)
    {
        if (form.GetValueOrDefault("Action") != "Publish")
        {
            throw new SnsStandInError(400, "InvalidAction", $"Could not find operation {form.GetValueOrDefault("Action")} for version {ApiVersion}")
                .ToException();
        }

        if (form.GetValueOrDefault("Version") != ApiVersion)
        {
            throw new SnsStandInError(400, "NoSuchVersion", $"The requested version ({form.GetValueOrDefault("Version")}) of service AmazonSNS does not exist")
                .ToException();
        }

        if (faults.TakeError() is { } injected)
        {
            throw injected.ToException();
        }

        var topic = form.GetValueOrDefault("TopicArn") ?? throw SnsStandInError.InvalidParameter("TopicArn or TargetArn Reason: no value for required parameter").ToException();
        if (!topics.Contains(topic))
        {
            throw SnsStandInError.TopicNotFound().ToException();
        }

        if (string.IsNullOrEmpty(form.GetValueOrDefault("Message")))
        {
            throw SnsStandInError.InvalidParameter("Empty message").ToException();
        }

        return Guid.NewGuid().ToString();
    }
}
