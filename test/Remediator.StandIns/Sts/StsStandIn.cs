using System.Collections.Concurrent;
using System.Globalization;
using System.Security;
using System.Text;
using Amazon.Runtime;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Remediator.StandIns.Calls;
using Remediator.StandIns.Chaos;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.Signing;

namespace Remediator.StandIns.Sts;

/// <summary>
/// A local STS endpoint for tests: AssumeRole over the Query protocol (form POST,
/// <c>Action=AssumeRole&amp;Version=2011-06-15</c>, XML answers in STS's namespace) on 127.0.0.1. Only requests
/// signed with SigV4 by <see cref="Caller"/> are taken; only roles added with <see cref="AddRole"/> can be
/// assumed, and only with the external id their trust names. Issued credentials expire by the given clock.
/// </summary>
public sealed class StsStandIn : IAsyncDisposable
{
    public const string ApiVersion = "2011-06-15";
    private const string Namespace = "https://sts.amazonaws.com/doc/2011-06-15/";

    private readonly ConcurrentDictionary<string, (string? ExternalId, ImmutableCredentials? Issues)> roles = new(StringComparer.Ordinal);
    private readonly SigV4Check signature;
    private readonly TimeProvider clock;
    private LoopbackServer? server;
    private int issued;

    private StsStandIn(ImmutableCredentials caller, TimeProvider clock)
    {
        Caller = caller;
        this.clock = clock;
        // Signatures are checked against real time (the SDK signs with it); issued credentials expire by the given clock.
        signature = new SigV4Check(caller, "sts", region: null, TimeProvider.System);
    }

    public Uri Url => server!.Url;

    /// <summary>The function's own credentials: the only caller the roles' trust names.</summary>
    public ImmutableCredentials Caller { get; }

    public CallLog<StsCall> Calls { get; } = new();

    /// <summary>How long issued credentials last (AssumeRole's default, one hour).</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromHours(1);

    private int throttled;

    private IFaultSchedule? schedule;

    /// <summary>Answers the next <paramref name="calls"/> calls with <c>Throttling</c> (400), as STS does under load.</summary>
    public void Throttle(int calls) => Volatile.Write(ref throttled, calls);

    /// <summary>From now on every call is also put to <paramref name="randomly"/>, which may throttle, fail, cut or slow it.</summary>
    public void FailRandomly(IFaultSchedule randomly) => Volatile.Write(ref schedule, randomly);

    /// <param name="transport">Plain HTTP by default; HTTPS with a modelled latency for the cold-path benchmark.</param>
    public static async Task<StsStandIn> StartAsync(ImmutableCredentials caller, TimeProvider? clock = null, ServerTransport? transport = null)
    {
        var standIn = new StsStandIn(caller, clock ?? TimeProvider.System);
        standIn.server = await LoopbackServer.StartAsync(standIn.HandleAsync, transport: transport);
        return standIn;
    }

    /// <param name="externalId">The external id the role's trust asks for, if any.</param>
    /// <param name="issues">The credentials every AssumeRole of it issues (so that another stand-in can accept them); absent: fresh ones each time.</param>
    public void AddRole(string roleArn, string? externalId = null, ImmutableCredentials? issues = null) => roles[roleArn] = (externalId, issues);

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext http)
    {
        // Real time, as the EC2 stand-in's by default: when it arrived, not the clock issued credentials expire by.
        var receivedAt = DateTimeOffset.UtcNow;
        var request = await ReceivedRequest.ReadAsync(http, http.RequestAborted);
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(request.Body)).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var chaos = Volatile.Read(ref schedule)?.Draw("sts", form.GetValueOrDefault("Action") ?? "", form);
        await Task.Delay(chaos?.Delay ?? TimeSpan.Zero, http.RequestAborted);
        var (status, body, code) = chaos switch
        {
            { Kind: FaultKind.Throttling } => Error(400, "Throttling", "Rate exceeded"),
            { Kind: FaultKind.ServerError } => Error(500, "InternalFailure", "The stand-in was told to fail this call."),
            _ => Answer(request, form),
        };
        if (chaos is { DropsAnswer: true })
        {
            // Answered in full, but the answer never leaves: the caller sees a cut connection.
            Calls.Record(new StsCall(Calls.NextOrdinal(), form.GetValueOrDefault("Action") ?? "", form.GetValueOrDefault("RoleArn"), receivedAt, 0, code));
            http.Abort();
            return;
        }

        Calls.Record(new StsCall(Calls.NextOrdinal(), form.GetValueOrDefault("Action") ?? "", form.GetValueOrDefault("RoleArn"), receivedAt, status, code));
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/xml";
        await http.Response.WriteAsync(body, http.RequestAborted);
    }

    private (int Status, string Body, string? Code) Answer(ReceivedRequest request, Dictionary<string, string> form)
    {
        try
        {
            signature.Verify(request);
        }
        catch (SigV4Exception e)
        {
            return Error(403, e.Problem == SigV4Problem.UnknownCredentials ? "InvalidClientTokenId" : "SignatureDoesNotMatch", e.Message);
        }

        if (Interlocked.Decrement(ref throttled) >= 0)
        {
            return Error(400, "Throttling", "Rate exceeded");
        }

        if (form.GetValueOrDefault("Action") != "AssumeRole" || form.GetValueOrDefault("Version") != ApiVersion)
        {
            return Error(400, "InvalidAction", $"Could not find operation {form.GetValueOrDefault("Action")} for version {form.GetValueOrDefault("Version")}");
        }

        var roleArn = form.GetValueOrDefault("RoleArn") ?? "";
        if (form.GetValueOrDefault("RoleSessionName") is not { Length: >= 2 and <= 64 })
        {
            return Error(400, "ValidationError", "1 validation error detected: Value at 'roleSessionName' failed to satisfy constraint");
        }

        if (!roles.TryGetValue(roleArn, out var role) || role.ExternalId != form.GetValueOrDefault("ExternalId"))
        {
            return Error(403, "AccessDenied", $"User: {Caller.AccessKey} is not authorized to perform: sts:AssumeRole on resource: {roleArn}");
        }

        var n = Interlocked.Increment(ref issued);
        var keys = role.Issues ?? new ImmutableCredentials($"ASIASTANDIN{n:D8}", $"issued-secret-{n}", $"issued-token-{n}");
        var expiration = (clock.GetUtcNow() + Duration).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return (200, $"""
            <AssumeRoleResponse xmlns="{Namespace}">
              <AssumeRoleResult>
                <Credentials>
                  <AccessKeyId>{keys.AccessKey}</AccessKeyId>
                  <SecretAccessKey>{SecurityElement.Escape(keys.SecretKey)}</SecretAccessKey>
                  <SessionToken>{SecurityElement.Escape(keys.Token)}</SessionToken>
                  <Expiration>{expiration}</Expiration>
                </Credentials>
                <AssumedRoleUser>
                  <Arn>{SecurityElement.Escape(roleArn.Replace(":iam::", ":sts::", StringComparison.Ordinal).Replace(":role/", ":assumed-role/", StringComparison.Ordinal))}/{SecurityElement.Escape(form["RoleSessionName"])}</Arn>
                  <AssumedRoleId>AROASTANDIN:{SecurityElement.Escape(form["RoleSessionName"])}</AssumedRoleId>
                </AssumedRoleUser>
              </AssumeRoleResult>
              <ResponseMetadata><RequestId>{Guid.NewGuid()}</RequestId></ResponseMetadata>
            </AssumeRoleResponse>
            """, null);
    }

    private static (int, string, string?) Error(int status, string code, string message) => (status, $"""
        <ErrorResponse xmlns="{Namespace}">
          <Error><Type>{(status >= 500 ? "Receiver" : "Sender")}</Type><Code>{code}</Code><Message>{SecurityElement.Escape(message)}</Message></Error>
          <RequestId>{Guid.NewGuid()}</RequestId>
        </ErrorResponse>
        """, code);
}

/// <summary>One call the STS stand-in answered: its action, the role, when it arrived, and the error code if refused.</summary>
public sealed record StsCall(int Ordinal, string Action, string? RoleArn, DateTimeOffset ReceivedAt, int Status, string? ErrorCode) : IStandInCall;
