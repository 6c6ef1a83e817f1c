using System.Net;
using System.Xml.Linq;
using Remediator.Network;
using Remediator.StandIns.Signing;

namespace Remediator.StandIns.Tests.Ec2;

/// <summary>The stand-in's HTTP answers, read without the SDK, against the EC2 API reference's examples.</summary>
public sealed class WireFormatTests
{
    private const string Signed = "ec2";

    private static readonly XNamespace Ec2 = "http://ec2.amazonaws.com/doc/2016-11-15/";

    [Fact]
    public async Task A_success_is_an_Action_Response_document_in_the_EC2_namespace_with_a_request_id()
    {
        var vpc = new TestVpc(Tags.Of(("Name", "<prod> & 'test'")));
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var (status, document) = await PostAsync(ec2, Signed, ("Action", "DescribeVpcs"), ("Version", "2016-11-15"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Ec2 + "DescribeVpcsResponse", document.Root!.Name);
        Assert.True(Guid.TryParse(document.Root.Element(Ec2 + "requestId")!.Value, out _));
        var item = document.Root.Element(Ec2 + "vpcSet")!.Element(Ec2 + "item")!;
        Assert.Equal(vpc.Id, item.Element(Ec2 + "vpcId")!.Value);
        Assert.Equal("<prod> & 'test'", item.Element(Ec2 + "tagSet")!.Element(Ec2 + "item")!.Element(Ec2 + "value")!.Value);
    }

    [Fact]
    public async Task An_error_is_a_Response_with_Errors_and_a_RequestID_outside_any_namespace()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());

        var (status, document) = await PostAsync(ec2, Signed, ("Action", "DescribeVpcs"), ("Version", "2016-11-15"), ("VpcId.1", "vpc-0000dead"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Response", document.Root!.Name);
        var error = document.Root.Element("Errors")!.Element("Error")!;
        Assert.Equal("InvalidVpcID.NotFound", error.Element("Code")!.Value);
        Assert.Equal("The vpc ID 'vpc-0000dead' does not exist", error.Element("Message")!.Value);
        Assert.NotEmpty(document.Root.Element("RequestID")!.Value);
    }

    [Fact]
    public async Task An_action_the_stand_in_does_not_know_is_InvalidAction()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());

        var (status, document) = await PostAsync(ec2, Signed, ("Action", "DeleteVpc"), ("Version", "2016-11-15"), ("VpcId", "vpc-1"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("InvalidAction", Code(document));
        Assert.Equal(1, ec2.StandIn.Calls.Count("DeleteVpc"));
    }

    [Fact]
    public async Task An_unsigned_call_is_refused_with_MissingAuthenticationToken()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());

        var (status, document) = await PostAsync(ec2, signedFor: null, ("Action", "DescribeVpcs"), ("Version", "2016-11-15"));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("MissingAuthenticationToken", Code(document));
        Assert.Null(ec2.StandIn.Calls.All.Single().SigningRegion);
    }

    [Fact]
    public async Task A_call_signed_for_another_service_is_refused()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());

        var (status, document) = await PostAsync(ec2, "sns", ("Action", "DescribeVpcs"), ("Version", "2016-11-15"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("IncompleteSignature", Code(document));
    }

    private static string Code(XDocument document) => document.Root!.Element("Errors")!.Element("Error")!.Element("Code")!.Value;

    /// <param name="signedFor">The service the call is signed for (with the stand-in's keys), or <c>null</c> for an unsigned call.</param>
    private static async Task<(HttpStatusCode Status, XDocument Document)> PostAsync(
        Ec2Session ec2, string? signedFor, params (string Name, string Value)[] form)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, ec2.StandIn.Url)
        {
            Content = new FormUrlEncodedContent(form.Select(p => KeyValuePair.Create(p.Name, p.Value))),
        };
        if (signedFor is not null)
        {
            await SigV4Signer.SignAsync(request, StandInCredentials.Default, signedFor, Ec2Session.Region, DateTimeOffset.UtcNow);
        }

        using var response = await http.SendAsync(request);
        Assert.StartsWith("text/xml", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        return (response.StatusCode, XDocument.Parse(await response.Content.ReadAsStringAsync()));
    }
}
