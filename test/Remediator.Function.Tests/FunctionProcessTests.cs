using System.Text.Json;
using Remediator.Network;
using Remediator.Outcomes;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.LambdaRuntime;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Sts;
using Remediator.StandIns.Worlds;

namespace Remediator.Function.Tests;

/// <summary>
/// The whole function in its own process, as Lambda starts it, against the Runtime API, EC2, SNS and SQS
/// stand-ins on loopback.
/// </summary>
public sealed class FunctionProcessTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private static readonly Dictionary<string, string> SamLocalEnvironment = new()
    {
        ["AWS_SAM_LOCAL"] = "true",
        ["AWS_ACCOUNT_ID"] = "123456789012",
        ["AWS_LAMBDA_FUNCTION_NAME"] = "RemediatorFunction",
        ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "256",
        ["AWS_LAMBDA_FUNCTION_TIMEOUT"] = "30",
        ["AWS_LAMBDA_FUNCTION_VERSION"] = "$LATEST",
        ["MODE"] = "detect",
        ["TOPIC_ARN"] = "NotificationTopic",
        ["UNDELIVERED_QUEUE_URL"] = "DeadLetterQueue",
        ["MEMBER_ROLE_NAME"] = "",
        ["MEMBER_ROLE_EXTERNAL_ID"] = "",
    };

    private static readonly ManagedPrefixList Offices =
        new("pl-0a0b0c0d0e0f01020", "offices", "111122223333", IsIpv6: false, ["198.51.100.0/24"]);

    [Fact]
    public async Task A_bad_setting_is_reported_to_init_error_and_the_process_exits()
    {
        await using var runtime = await RuntimeApiStandIn.StartAsync();
        using var function = FunctionProcess.Start(new Dictionary<string, string>
        {
            ["AWS_LAMBDA_RUNTIME_API"] = runtime.Address,
            ["AWS_REGION"] = "eu-west-1",
            ["MODE"] = "fix",
        });

        var exitCode = await function.WaitForExitAsync(Wait);

        var report = await runtime.WaitForAsync(null, Wait);
        Assert.Equal("init-error", report.Kind);
        Assert.Equal("Remediator.InvalidConfiguration", report.ErrorType);
        Assert.Equal(
            "Environment variable MODE must be remediate or detect, not 'fix'.",
            JsonDocument.Parse(report.Body).RootElement.GetProperty("errorMessage").GetString());
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task The_function_fixes_a_leaky_table_from_a_sample_event_notifies_and_serves_the_next_event()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var standIns = await FunctionStandIns.StartAsync(network.Snapshot());
        var (runtime, ec2, sns, sqs) = (standIns.Runtime, standIns.Ec2, standIns.Sns, standIns.Sqs);
        using var function = FunctionProcess.Start(standIns.Environment());

        var malformed = await runtime.WaitForAsync(runtime.Enqueue(SampleEvents.Read("malformed-detail-not-an-object.json")), Wait);
        var fixedRoute = await runtime.WaitForAsync(runtime.Enqueue(SampleEvents.CreateRoute(table.Id)), Wait);

        Assert.Equal("Remediator.InvalidEvent", malformed.ErrorType);
        Assert.True(fixedRoute.IsResponse, $"{fixedRoute.Kind} {fixedRoute.Body}\n{function.Output}");
        var after = ec2.World.Snapshot().RouteTables.Single(t => t.Id == table.Id);
        Assert.StartsWith("eigw-", after.Routes.Single(r => r.Destination == RouteDestination.Ipv6("::/0")).Target.Id, StringComparison.Ordinal);
        var published = Assert.Single(sns.Calls.All, c => c.Status == 200);
        Assert.Contains("remediated", published.Form["MessageAttributes.entry.1.Value.StringValue"], StringComparison.Ordinal);
        Assert.Empty(sqs.Received);
        Assert.Contains("\"level\":\"INFO\"", function.Output, StringComparison.Ordinal);
        Assert.Contains("\"ExposureWindow\"", function.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_EC2_cannot_be_reached_at_init_the_process_says_so_and_still_answers_its_event()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var standIns = await FunctionStandIns.StartAsync(network.Snapshot());
        Uri unreachable;
        await using (var released = await LoopbackServer.StartAsync(_ => Task.CompletedTask))
        {
            unreachable = released.Url;
        }

        var environment = standIns.Environment();
        environment["AWS_ENDPOINT_URL_EC2"] = unreachable.ToString();
        using var function = FunctionProcess.Start(environment);

        var report = await standIns.Runtime.WaitForAsync(standIns.Runtime.Enqueue(SampleEvents.CreateRoute(table.Id)), Wait);

        // Init went on without its connections; the event's own calls then failed, so Lambda will retry it.
        Assert.Contains("Could not open connections ahead of the first event; its calls connect themselves", function.Output, StringComparison.Ordinal);
        Assert.Contains(unreachable.ToString(), function.Output, StringComparison.Ordinal);
        Assert.Equal("error", report.Kind);
        Assert.Empty(standIns.Ec2.Calls.All);
    }

    [Fact]
    public async Task The_function_points_an_IPv6_prefix_list_route_at_the_EIGW_and_drops_an_IPv4_one_s_event_after_reading_it()
    {
        var network = new TestNetwork();
        var igw = network.InternetGatewayId;
        var table = network.Table(
            [Some.Ipv4DefaultTo(Some.Id("nat")), new Route(RouteDestination.Of(NotificationScenarios.PartnerList), new RouteTarget(igw)),
             new Route(RouteDestination.Of(Offices), new RouteTarget(igw))],
            [network.PrivateSubnet()]);
        await using var standIns = await FunctionStandIns.StartAsync(network.Snapshot());
        using var function = FunctionProcess.Start(standIns.Environment());

        var ipv4 = await standIns.Runtime.WaitForAsync(standIns.Runtime.Enqueue(SampleEvents.PrefixListToInternetGateway(table.Id, Offices.Id, igw)), Wait);
        var ipv6 = await standIns.Runtime.WaitForAsync(
            standIns.Runtime.Enqueue(SampleEvents.PrefixListToInternetGateway(table.Id, NotificationScenarios.PartnerList.Id, igw)), Wait);

        Assert.True(ipv4.IsResponse && ipv6.IsResponse, $"{ipv4.Body}\n{ipv6.Body}\n{function.Output}");
        var routes = standIns.Ec2.World.Snapshot().RouteTables.Single(t => t.Id == table.Id).Routes;
        Assert.StartsWith("eigw-", routes.Single(r => r.Destination.Value == NotificationScenarios.PartnerList.Id).Target.Id, StringComparison.Ordinal);
        Assert.Equal(igw, routes.Single(r => r.Destination.Value == Offices.Id).Target.Id);
        Assert.Equal(2, standIns.Ec2.Calls.Count("DescribeManagedPrefixLists"));
        Assert.Contains("2001:db8:aa00::/40", Assert.Single(standIns.Sns.Calls.All, c => c.Status == 200).Form["Message"], StringComparison.Ordinal);
    }

    /// <summary>
    /// The environment <c>sam local invoke RemediatorFunction -e events/create-route-ipv6-default-to-igw.json</c> gives the
    /// function, by SAM CLI's rules (samcli/local/lambdafn/env_vars.py): its own AWS_* variables, the template's
    /// parameters at their defaults, and each <c>!Ref</c> of a resource as the resource's logical id. Its emulator
    /// names the function in an account of its own.
    /// </summary>
    [Fact]
    public async Task Under_sam_local_the_sample_event_is_judged_with_the_passed_credentials_and_the_notification_is_written_to_the_log()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var standIns = await FunctionStandIns.StartAsync(network.Snapshot());
        standIns.Runtime.InvokedFunctionArn = "arn:aws:lambda:us-east-1:012345678912:function:RemediatorFunction";
        var environment = standIns.Environment();
        foreach (var (name, value) in SamLocalEnvironment)
        {
            environment[name] = value;
        }

        using var function = FunctionProcess.Start(environment);
        var report = await standIns.Runtime.WaitForAsync(standIns.Runtime.Enqueue(SampleEvents.CreateRoute(table.Id)), Wait);

        Assert.True(report.IsResponse, $"{report.Kind} {report.Body}\n{function.Output}");
        Assert.Contains("\"sent\":false,\"messageId\":\"not-sent\"", report.Body, StringComparison.Ordinal);
        Assert.Contains("notification written to the log instead of SNS", function.Output, StringComparison.Ordinal);
        Assert.Contains("Remediator: IPv6 exposure detected", function.Output, StringComparison.Ordinal);
        Assert.Contains("severity=high", function.Output, StringComparison.Ordinal);
        Assert.Empty(standIns.Sns.Calls.All);
        Assert.Empty(standIns.Sqs.Received);
        Assert.Equal(0, standIns.Ec2.Calls.Count("ReplaceRoute"));
    }

    [Fact]
    public async Task Without_organization_mode_an_event_of_another_account_fails_naming_the_account_and_changes_nothing()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var standIns = await FunctionStandIns.StartAsync(network.Snapshot());
        using var function = FunctionProcess.Start(standIns.Environment());
        var foreign = SampleEvents.CreateRoute(table.Id).Replace("111122223333", "444455556666", StringComparison.Ordinal);

        var report = await standIns.Runtime.WaitForAsync(standIns.Runtime.Enqueue(foreign), Wait);

        Assert.Equal("Remediator.PermanentFailure", report.ErrorType);
        var message = JsonDocument.Parse(report.Body).RootElement.GetProperty("errorMessage").GetString();
        Assert.Contains("account 444455556666", message, StringComparison.Ordinal);
        Assert.Contains("MEMBER_ROLE_NAME", message, StringComparison.Ordinal);
        Assert.Empty(standIns.Ec2.Calls.All);
        Assert.Empty(standIns.Sns.Calls.All);
    }

    [Fact]
    public async Task In_organization_mode_an_event_forwarded_from_another_account_and_region_is_remediated_there_only()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var standIns = await FunctionStandIns.StartAsync(network.Snapshot());
        await using var member = await MemberAccountStandIns.StartAsync(FunctionStandIns.RoleKeys, standIns.Ec2, network.Snapshot());
        var (sts, memberWorld) = (member.Sts, member.World);
        var environment = standIns.Environment();
        member.Configure(environment);
        using var function = FunctionProcess.Start(environment);
        var forwarded = MemberAccountStandIns.Forwarded(SampleEvents.CreateRoute(table.Id));

        var first = await standIns.Runtime.WaitForAsync(standIns.Runtime.Enqueue(forwarded), Wait);
        var again = await standIns.Runtime.WaitForAsync(standIns.Runtime.Enqueue(forwarded), Wait);

        Assert.True(first.IsResponse, $"{first.Kind} {first.Body}\n{function.Output}");
        Assert.True(again.IsResponse, $"{again.Kind} {again.Body}");
        Assert.StartsWith("eigw-", memberWorld.Ipv6DefaultTarget(table.Id), StringComparison.Ordinal);
        Assert.Equal("igw-", standIns.Ec2.World.Ipv6DefaultTarget(table.Id)[..4]);
        Assert.All(standIns.Ec2.Calls.All, c => Assert.Equal("us-east-1", c.SigningRegion));
        Assert.Single(sts.Calls.All);
        // Cold: one AssumeRole, then the usual 6 Describes in 2 rounds (4 of the network, 2 of Block Public Access),
        // the EIGW the VPC lacks and the ReplaceRoute; warm: the 6 Describes only, with the kept credentials and client.
        Assert.Equal(
            (2, 1, 1, 14),
            (standIns.Ec2.Calls.Count("DescribeRouteTables"), standIns.Ec2.Calls.Count("CreateEgressOnlyInternetGateway"),
             standIns.Ec2.Calls.Count("ReplaceRoute"), standIns.Ec2.Calls.Total));
        var published = Assert.Single(standIns.Sns.Calls.All, c => c.Status == 200);
        Assert.Contains(published.Form, f => f.Value == "444455556666");
        Assert.Contains(published.Form, f => f.Value == "us-east-1");
    }

    [Fact]
    public async Task In_organization_mode_a_member_event_assumes_the_member_role_there_and_a_refused_role_is_named()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var standIns = await FunctionStandIns.StartAsync(network.Snapshot());
        await using var sts = await StsStandIn.StartAsync(FunctionStandIns.RoleKeys);
        var environment = standIns.Environment();
        environment["MEMBER_ROLE_NAME"] = "RemediatorMember";
        environment["AWS_ENDPOINT_URL_STS"] = sts.Url.ToString();
        using var function = FunctionProcess.Start(environment);
        var member = SampleEvents.CreateRoute(table.Id).Replace("111122223333", "444455556666", StringComparison.Ordinal);

        var report = await standIns.Runtime.WaitForAsync(standIns.Runtime.Enqueue(member), Wait);

        Assert.Equal("Remediator.AccessDenied", report.ErrorType);
        var message = JsonDocument.Parse(report.Body).RootElement.GetProperty("errorMessage").GetString();
        Assert.Contains("arn:aws:iam::444455556666:role/RemediatorMember", message, StringComparison.Ordinal);
        Assert.Contains("member stack", message, StringComparison.Ordinal);
        var call = Assert.Single(sts.Calls.All);
        Assert.Equal(("AssumeRole", "arn:aws:iam::444455556666:role/RemediatorMember", 403), (call.Action, call.RoleArn, call.Status));
        Assert.Empty(standIns.Ec2.Calls.All);
    }

    /// <summary>
    /// The security review's check of what leaves the process: at DEBUG (every AWS call a line), in organization mode
    /// (credentials from STS), with a notification SNS refuses (logged whole and kept in the queue), no line, no
    /// notification and no kept message carries a credential or the event's own request.
    /// </summary>
    [Fact]
    public async Task Neither_the_log_nor_the_messages_carry_credentials_or_the_event_s_request()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var standIns = await FunctionStandIns.StartAsync(network.Snapshot());
        await using var member = await MemberAccountStandIns.StartAsync(FunctionStandIns.RoleKeys, standIns.Ec2, network.Snapshot());
        var environment = standIns.Environment();
        member.Configure(environment);
        environment["LOG_LEVEL"] = "DEBUG";
        standIns.Sns.Faults.DenyNext(10, standIns.TopicArn);
        using var function = FunctionProcess.Start(environment);
        var forwarded = MemberAccountStandIns.Forwarded(SampleEvents.CreateRoute(table.Id));

        var report = await standIns.Runtime.WaitForAsync(standIns.Runtime.Enqueue(forwarded), Wait);

        var kept = Assert.Single(standIns.Sqs.Received).Body;
        Assert.Contains("notification NOT sent", function.Output, StringComparison.Ordinal);
        var everything = string.Join("\n", function.Output, report.Body, kept, string.Join("\n", standIns.Sns.Calls.All.SelectMany(c => c.Form.Values)));
        string[] secrets =
        [
            FunctionStandIns.RoleKeys.SecretKey, FunctionStandIns.RoleKeys.Token,
            MemberAccountStandIns.Keys.SecretKey, MemberAccountStandIns.Keys.Token,
        ];
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, everything, StringComparison.Ordinal));

        // The CloudTrail record's access key id and request are not repeated; who did it is (actor ARN, address, client).
        Assert.DoesNotContain("ASIA3EXAMPLEKEY0A1B2", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("requestParameters", everything, StringComparison.Ordinal);
        Assert.Contains(":assumed-role/platform-admin/alice", function.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_DEBUG_the_log_shows_each_AWS_call_with_its_duration_and_one_metrics_document_per_event()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var standIns = await FunctionStandIns.StartAsync(network.Snapshot());
        var environment = standIns.Environment();
        environment["LOG_LEVEL"] = "DEBUG";
        environment["AWS_LAMBDA_FUNCTION_NAME"] = "remediator-fn";
        using var function = FunctionProcess.Start(environment);

        var report = await standIns.Runtime.WaitForAsync(standIns.Runtime.Enqueue(SampleEvents.CreateRoute(table.Id)), Wait);

        Assert.True(report.IsResponse, $"{report.Kind} {report.Body}\n{function.Output}");
        var lines = function.Output.Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var calls = lines.Where(l => l.TryGetProperty("durationMs", out _)).Select(l => l.GetProperty("action").GetString()).ToList();
        Assert.Contains("ec2:DescribeRouteTables", calls);
        Assert.Contains("ec2:ReplaceRoute", calls);
        Assert.Contains("sns:Publish", calls);
        var metrics = Assert.Single(lines, l => l.TryGetProperty("_aws", out _));
        Assert.Equal("remediator-fn", metrics.GetProperty("FunctionName").GetString());
        Assert.Equal(1, metrics.GetProperty("RoutesRemediated").GetDouble());
    }
}
