using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Remediator.StandIns.Calls;
using Remediator.StandIns.Chaos;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.Signing;

namespace Remediator.StandIns.Sqs.Protocol;

/// <summary>
/// Answers one HTTP call the way SQS does in AWS JSON 1.0: <c>POST /</c> with
/// <c>Content-Type: application/x-amz-json-1.0</c> and <c>X-Amz-Target: AmazonSQS.&lt;Operation&gt;</c>,
/// a JSON body naming the queue by <c>QueueUrl</c>. Order: authentication, operation, injected failures,
/// then the operation itself. Every call is logged before it is answered.
/// </summary>
internal sealed class SqsPipeline(SqsQueues queues, SqsFaults faults, CallLog<SqsCall> calls, SigV4Check signature)
{
    public const string ContentType = "application/x-amz-json-1.0";
    public const string TargetPrefix = "AmazonSQS.";

    private static readonly Dictionary<string, string> EmptyParameters = [];

    public async Task HandleAsync(HttpContext http)
    {
        var ordinal = calls.NextOrdinal();
        var requestId = Guid.NewGuid().ToString();
        var cancel = http.RequestAborted;
        var received = await ReceivedRequest.ReadAsync(http, cancel).ConfigureAwait(false);
        var body = received.Body;
        var target = http.Request.Headers["X-Amz-Target"].ToString();
        var operation = target.StartsWith(TargetPrefix, StringComparison.Ordinal) ? target[TargetPrefix.Length..] : target;
        string? region = null;
        var injected = false;
        InjectedFault? chaos = null;
        int status;
        string? errorCode = null;
        byte[] answer;
        try
        {
            region = Verify(received);
            if (!http.Request.ContentType?.StartsWith(ContentType, StringComparison.OrdinalIgnoreCase) ?? true)
            {
                throw new SqsError(400, "com.amazon.coral.service#UnknownOperationException",
                    $"Expected Content-Type {ContentType}, got '{http.Request.ContentType}'.", null).ToException();
            }

            if (operation != "SendMessage")
            {
                throw SqsError.UnknownOperation().ToException();
            }

            if (faults.Take() is { } fault)
            {
                injected = true;
                throw fault.ToException();
            }

            chaos = faults.Schedule?.Draw("sqs", operation, EmptyParameters);
            await Task.Delay(chaos?.Delay ?? TimeSpan.Zero, cancel).ConfigureAwait(false);
            if (chaos is { IsError: true })
            {
                injected = true;
                throw (chaos.Kind == FaultKind.Throttling ? SqsError.For(400, "RequestThrottled") : SqsError.InternalFailure()).ToException();
            }

            answer = queues.Send(SendMessageInput.Parse(body), region);
            status = StatusCodes.Status200OK;
        }
        catch (SqsException e)
        {
            (status, errorCode, answer) = (e.Error.Status, e.Error.ShapeName, ErrorBody(e.Error));
            if (e.Error.QueryError is { } queryError)
            {
                http.Response.Headers["x-amzn-query-error"] = queryError;
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The client went away: nobody to answer.
            calls.Record(new SqsCall(ordinal, operation, region, 0, null, injected));
            return;
        }
#pragma warning disable CA1031 // A bug in the stand-in must reach the test as an answer, not a dropped connection.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var error = SqsError.InternalFailure($"The stand-in failed: {e}");
            (status, errorCode, answer) = (error.Status, error.ShapeName, ErrorBody(error));
        }

        if (chaos is { DropsAnswer: true })
        {
            // Kept (when it could be), but the answer never leaves: the caller cannot tell.
            calls.Record(new SqsCall(ordinal, operation, region, 0, errorCode, true));
            http.Abort();
            return;
        }

        calls.Record(new SqsCall(ordinal, operation, region, status, errorCode, injected));
        http.Response.StatusCode = status;
        http.Response.ContentType = ContentType;
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        await http.Response.Body.WriteAsync(answer, cancel).ConfigureAwait(false);
    }

    private string Verify(ReceivedRequest received)
    {
        try
        {
            return signature.Verify(received);
        }
        catch (SigV4Exception e)
        {
            throw (e.Problem switch
            {
                SigV4Problem.MissingAuthentication => SqsError.MissingAuthenticationToken(),
                SigV4Problem.Incomplete or SigV4Problem.WrongScope => SqsError.IncompleteSignature(e.Message),
                SigV4Problem.UnknownCredentials => SqsError.UnrecognizedClient(),
                _ => SqsError.InvalidSignature(e.Message),
            }).ToException();
        }
    }

    private static byte[] ErrorBody(SqsError error)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("__type", error.Type);
            json.WriteString("message", error.Message);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
