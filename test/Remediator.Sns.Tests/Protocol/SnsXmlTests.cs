using System.Net;
using System.Text;
using Remediator.Aws.Errors;
using Remediator.Sns.Protocol;

namespace Remediator.Sns.Tests.Protocol;

public sealed class SnsXmlTests
{
    [Fact]
    public void The_message_id_is_read_from_PublishResponse_PublishResult_MessageId()
    {
        var body = Bytes("""
            <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
              <PublishResult><MessageId>567910cd-659e-55d4-8ccb-5aaf14679dc0</MessageId></PublishResult>
              <ResponseMetadata><RequestId>d74b8436-ae13-5ab4-a9ff-ce54dfea72a0</RequestId></ResponseMetadata>
            </PublishResponse>
            """);

        Assert.Equal("567910cd-659e-55d4-8ccb-5aaf14679dc0", SnsXml.MessageId(body));
    }

    [Theory]
    [InlineData("<PublishResponse><PublishResult/></PublishResponse>")]
    [InlineData("<OtherResponse><PublishResult><MessageId>x</MessageId></PublishResult></OtherResponse>")]
    [InlineData("not xml")]
    [InlineData("")]
    public void A_body_without_a_message_id_has_none(string body) => Assert.Null(SnsXml.MessageId(Bytes(body)));

    [Fact]
    public void An_error_is_read_from_ErrorResponse_Error_Code_and_Message_with_the_RequestId()
    {
        var body = Bytes("""
            <ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
              <Error><Type>Sender</Type><Code>NotFound</Code><Message>Topic does not exist</Message></Error>
              <RequestId>9dd01905-5012-5f99-8663-4b3ecd0dfaef</RequestId>
            </ErrorResponse>
            """);

        Assert.Equal(
            new AwsError(HttpStatusCode.NotFound, "NotFound", "Topic does not exist", "9dd01905-5012-5f99-8663-4b3ecd0dfaef"),
            SnsXml.Error(HttpStatusCode.NotFound, body));
    }

    [Fact]
    public void An_error_without_the_namespace_is_read_too()
    {
        var body = Bytes("<ErrorResponse><Error><Code>Throttling</Code><Message>Rate exceeded</Message></Error></ErrorResponse>");

        Assert.Equal(new AwsError(HttpStatusCode.BadRequest, "Throttling", "Rate exceeded", null), SnsXml.Error(HttpStatusCode.BadRequest, body));
    }

    [Fact]
    public void A_body_that_is_not_the_error_document_gives_the_HTTP_status_as_code()
    {
        var error = SnsXml.Error(HttpStatusCode.BadGateway, Bytes("<html><body>502 Bad Gateway</body></html>"));

        Assert.Equal("HTTP 502", error.Code);
        Assert.Contains("502 Bad Gateway", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_error_body_is_described_by_its_status()
    {
        var error = SnsXml.Error(HttpStatusCode.ServiceUnavailable, []);

        Assert.Equal(("HTTP 503", "SNS answered HTTP 503 (ServiceUnavailable) without an error document."), (error.Code, error.Message));
    }

    [Fact]
    public void A_document_type_declaration_is_refused_rather_than_expanded()
    {
        var body = Bytes("""<!DOCTYPE x [<!ENTITY e "boom">]><ErrorResponse><Error><Code>&e;</Code></Error></ErrorResponse>""");

        Assert.Equal("HTTP 400", SnsXml.Error(HttpStatusCode.BadRequest, body).Code);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
