using Microsoft.AspNetCore.Http;
using Remediator.StandIns.Calls;
using Remediator.StandIns.Chaos;
using Remediator.StandIns.Ec2.Actions;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.Signing;

namespace Remediator.StandIns.Ec2.Protocol;

/// <summary>
/// Answers one HTTP call the way EC2 does, in EC2's order: authentication, the action's name, the test's
/// gate, throttling and other injected failures (then the random ones of a schedule), then the action itself. Every call is logged before it is answered, so
/// a test that awaited the client sees the call in the log.
/// </summary>
internal sealed class Ec2Pipeline(Ec2Accounts accounts, Ec2Faults faults, ArrivalGate arrivals, CallLog<Ec2Call> calls, TimeProvider clock)
{
    public const string ApiVersion = "2016-11-15";

    public async Task HandleAsync(HttpContext http)
    {
        var ordinal = calls.NextOrdinal();
        var receivedAt = clock.GetUtcNow();
        var requestId = Guid.NewGuid().ToString();
        var cancel = http.RequestAborted;
        var received = await ReceivedRequest.ReadAsync(http, cancel).ConfigureAwait(false);
        var request = Ec2Request.From(http.Request, received);
        string? region = null;
        var injected = false;
        InjectedFault? chaos = null;
        var round = arrivals.Round;
        int status;
        string? errorCode = null;
        byte[] body;
        try
        {
            var account = accounts.For(received);
            region = Verify(account.Signature, received);
            var action = Resolve(request, account.Actions);
            round = await arrivals.PassAsync(request.Action, cancel).ConfigureAwait(false);
            await Wait(faults.DelayFor(request.Action), cancel).ConfigureAwait(false);
            if (faults.TakeError(request.Action) is { } fault)
            {
                injected = true;
                throw fault.ToException();
            }

            chaos = faults.DrawRandom(request.Action, request.Parameters);
            await Wait(chaos?.Delay ?? TimeSpan.Zero, cancel).ConfigureAwait(false);
            if (chaos is { IsError: true })
            {
                injected = true;
                throw (chaos.Kind == FaultKind.Throttling ? Ec2Error.RequestLimitExceeded() : Ec2Error.InternalError()).ToException();
            }

            foreach (var change in faults.TakeChanges(request.Action))
            {
                change(account.World);
            }

            body = Ec2Xml.Success(request.Action, requestId, action.Handle(request, account.World));
            status = StatusCodes.Status200OK;
        }
        catch (Ec2Exception e)
        {
            (status, errorCode, body) = (e.Error.Status, e.Error.Code, Ec2Xml.Error(e.Error, requestId));
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The client gave up (its timeout) during an injected delay: log that nobody was answered.
            calls.Record(new Ec2Call(ordinal, request.Action, request.Parameters, receivedAt, region, 0, null, injected, round));
            return;
        }
#pragma warning disable CA1031 // A bug in a test's world change must reach the test as an answer, not a dropped connection.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var error = Ec2Error.InternalError() with { Message = $"The stand-in failed: {e}" };
            (status, errorCode, body) = (error.Status, error.Code, Ec2Xml.Error(error, requestId));
        }

        if (chaos is { DropsAnswer: true })
        {
            // Handled, but the answer never leaves: the caller sees a cut connection for a change that was made.
            calls.Record(new Ec2Call(ordinal, request.Action, request.Parameters, receivedAt, region, 0, null, true, round));
            http.Abort();
            return;
        }

        calls.Record(new Ec2Call(ordinal, request.Action, request.Parameters, receivedAt, region, status, errorCode, injected, round));
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/xml;charset=UTF-8";
        await http.Response.Body.WriteAsync(body, cancel).ConfigureAwait(false);
    }

    private static string Verify(SigV4Check signature, ReceivedRequest received)
    {
        try
        {
            return signature.Verify(received);
        }
        catch (SigV4Exception e)
        {
            throw (e.Problem switch
            {
                SigV4Problem.MissingAuthentication => Ec2Error.MissingAuthenticationToken(),
                SigV4Problem.Incomplete or SigV4Problem.WrongScope => Ec2Error.IncompleteSignature(e.Message),
                SigV4Problem.UnknownCredentials => Ec2Error.AuthFailure(),
                SigV4Problem.Expired => Ec2Error.RequestExpired(e.Message),
                _ => Ec2Error.SignatureDoesNotMatch(e.Message),
            }).ToException();
        }
    }

    private static IEc2Action Resolve(Ec2Request request, IReadOnlyDictionary<string, IEc2Action> actions)
    {
        if (request.Action.Length == 0)
        {
            throw Ec2Error.MissingAction().ToException();
        }

        var version = request.Required("Version");
        if (version != ApiVersion)
        {
            throw new Ec2Error(400, "NoSuchVersion", $"The requested version ({version}) of service AmazonEC2 does not exist")
                .ToException();
        }

        return actions.GetValueOrDefault(request.Action) ?? throw Ec2Error.InvalidAction(request.Action).ToException();
    }

    private async Task Wait(TimeSpan delay, CancellationToken cancel)
    {
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, clock, cancel).ConfigureAwait(false);
        }
    }
}
