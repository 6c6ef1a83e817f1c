using Amazon.EC2;
using Amazon.Runtime;
using Remediator.Aws;
using Remediator.Aws.Connections;
using Remediator.Aws.Reporting;
using Remediator.Ec2.Calls;

namespace Remediator.Ec2;

/// <summary>Builds the one EC2 client of the process, with the defaults every AWS client here gets.</summary>
public static class Ec2ClientFactory
{
    /// <param name="region">Required: requests are signed for it, whatever the endpoint.</param>
    /// <param name="serviceUrl">
    /// For tests and the CLI; the SDK's client reads <c>AWS_ENDPOINT_URL_EC2</c>, <c>AWS_ENDPOINT_URL</c> and
    /// <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS</c> from the process by itself.
    /// </param>
    /// <param name="credentials">Absent: the SDK's default chain (Lambda's environment credentials).</param>
    /// <param name="calls">Absent: calls are not reported. Present: one Debug line per call.</param>
    /// <param name="transport">The connection pool to call through; absent: the SDK's own.</param>
    public static IAmazonEC2 Create(
        string region, Uri? serviceUrl = null, AWSCredentials? credentials = null, CallReporter? calls = null, HttpMessageHandler? transport = null)
    {
        var config = AwsClientDefaults.Apply(new AmazonEC2Config(), region, serviceUrl);
        if (transport is not null)
        {
            config.HttpClientFactory = new SdkHttpClients(transport);
        }

        var client = credentials is null ? new AmazonEC2Client(config) : new AmazonEC2Client(credentials, config);
        return SdkCallReporting.Attach(client, Ec2Service.Definition, calls);
    }
}
