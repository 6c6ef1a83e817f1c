using Amazon.EC2;
using Amazon.Runtime;
using Remediator.Aws;

namespace Remediator.Ec2;

/// <summary>Builds the one EC2 client of the process, with the defaults every AWS client here gets.</summary>
public static class Ec2ClientFactory
{
    /// <param name="region">Required: requests are signed for it, whatever the endpoint.</param>
    /// <param name="serviceUrl">For tests; users set <c>AWS_ENDPOINT_URL_EC2</c> or <c>AWS_ENDPOINT_URL</c>, which the SDK reads itself.</param>
    /// <param name="credentials">Absent: the SDK's default chain (Lambda's environment credentials).</param>
    public static IAmazonEC2 Create(string region, Uri? serviceUrl = null, AWSCredentials? credentials = null)
    {
        var config = AwsClientDefaults.Apply(new AmazonEC2Config(), region, serviceUrl);
        return credentials is null ? new AmazonEC2Client(config) : new AmazonEC2Client(credentials, config);
    }
}
