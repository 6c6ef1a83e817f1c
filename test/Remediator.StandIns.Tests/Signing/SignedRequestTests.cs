using System.Net;
using System.Text;
using Amazon.Runtime;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.Signing;
using Remediator.StandIns.Sqs;
using Remediator.StandIns.Tests.Ec2;

namespace Remediator.StandIns.Tests.Signing;

/// <summary>The EC2 and SQS stand-ins verify SigV4 with the same check as the SNS one: over the body they received.</summary>
public sealed class SignedRequestTests
{
    private const string Region = "eu-west-1";
    private const string DescribeVpcs = "Action=DescribeVpcs&Version=2016-11-15";

    [Fact]
    public async Task The_EC2_stand_in_answers_a_correctly_signed_call_and_records_the_region_it_was_signed_for()
    {
        await using var ec2 = await Ec2StandIn.StartAsync(new Ec2World(new TestVpc().Snapshot()));
        using var request = await SignedAsync(Ec2Post(ec2.Url, DescribeVpcs), "ec2", StandInCredentials.Default);

        var (status, _) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Region, ec2.Calls.All.Single().SigningRegion);
    }

    [Fact]
    public async Task The_EC2_stand_in_refuses_a_body_changed_after_signing_as_SignatureDoesNotMatch()
    {
        await using var ec2 = await Ec2StandIn.StartAsync(new Ec2World(new TestVpc().Snapshot()));
        using var request = await SignedAsync(Ec2Post(ec2.Url, DescribeVpcs), "ec2", StandInCredentials.Default);
        request.Content = FormContent(DescribeVpcs + "&VpcId.1=vpc-0000dead");

        var (status, body) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("<Code>SignatureDoesNotMatch</Code>", body, StringComparison.Ordinal);
        Assert.Null(ec2.Calls.All.Single().SigningRegion);
    }

    [Fact]
    public async Task The_EC2_stand_in_refuses_a_signature_made_with_another_secret_key_and_keys_it_does_not_know()
    {
        await using var ec2 = await Ec2StandIn.StartAsync(new Ec2World(new TestVpc().Snapshot()));
        using var otherSecret = await SignedAsync(
            Ec2Post(ec2.Url, DescribeVpcs), "ec2", new ImmutableCredentials(StandInCredentials.AccessKey, "another-secret", null));
        using var otherKey = await SignedAsync(Ec2Post(ec2.Url, DescribeVpcs), "ec2", new ImmutableCredentials("AKIDOTHER", "another-secret", null));

        var (secretStatus, secretBody) = await SendAsync(otherSecret);
        var (keyStatus, keyBody) = await SendAsync(otherKey);

        Assert.Equal(HttpStatusCode.Forbidden, secretStatus);
        Assert.Contains("<Code>SignatureDoesNotMatch</Code>", secretBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, keyStatus);
        Assert.Contains("<Code>AuthFailure</Code>", keyBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_SQS_stand_in_refuses_a_body_changed_after_signing_as_an_invalid_signature()
    {
        await using var sqs = await SqsStandIn.StartAsync();
        var send = $$"""{"QueueUrl":"{{sqs.QueueUrl}}","MessageBody":"signed"}""";
        using var request = await SignedAsync(SqsPost(sqs.Url, send), "sqs", StandInCredentials.Default);
        request.Content = JsonContent(send.Replace("signed", "altered", StringComparison.Ordinal));

        var (status, body) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("InvalidSignatureException", body, StringComparison.Ordinal);
        Assert.Empty(sqs.Received);
    }

    [Fact]
    public async Task The_SQS_stand_in_accepts_the_same_call_correctly_signed()
    {
        await using var sqs = await SqsStandIn.StartAsync();
        var send = $$"""{"QueueUrl":"{{sqs.QueueUrl}}","MessageBody":"signed"}""";
        using var request = await SignedAsync(SqsPost(sqs.Url, send), "sqs", StandInCredentials.Default);

        var (status, _) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Region, Assert.Single(sqs.Calls.All).SigningRegion);
    }

    private static HttpRequestMessage Ec2Post(Uri url, string form) => new(HttpMethod.Post, url) { Content = FormContent(form) };

    private static HttpRequestMessage SqsPost(Uri url, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent(json) };
        request.Headers.Add("X-Amz-Target", "AmazonSQS.SendMessage");
        return request;
    }

    private static StringContent FormContent(string form) => new(form, Encoding.UTF8, "application/x-www-form-urlencoded");

    private static StringContent JsonContent(string json) => new(json, Encoding.UTF8, "application/x-amz-json-1.0");

    private static async Task<HttpRequestMessage> SignedAsync(HttpRequestMessage request, string service, ImmutableCredentials keys)
    {
        await SigV4Signer.SignAsync(request, keys, service, Region, DateTimeOffset.UtcNow);
        return request;
    }

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpRequestMessage request)
    {
        using var http = new HttpClient();
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
