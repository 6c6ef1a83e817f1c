using Remediator.Ec2.Reading;
using Remediator.Settings;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.Signing;
using Remediator.StandIns.Worlds;
using Remediator.Triggers;

namespace Remediator.Ec2.Tests;

[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;

/// <summary>Users point Remediator at LocalStack and similar emulators with the SDK's endpoint variables.</summary>
[Collection(nameof(ProcessEnvironment))]
public sealed class EndpointTests
{
    [Theory]
    [InlineData("AWS_ENDPOINT_URL_EC2")]
    [InlineData("AWS_ENDPOINT_URL")]
    public async Task The_SDKs_endpoint_variables_redirect_EC2_and_requests_stay_signed_for_the_configured_region(string variable)
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var standIn = await Ec2StandIn.StartAsync(new Ec2World(network.Snapshot()));
        Environment.SetEnvironmentVariable(variable, standIn.Url.ToString());
        try
        {
            using var client = Ec2ClientFactory.Create("ap-southeast-2", credentials: StandInCredentials.Basic());

            var snapshot = await new Ec2NetworkReader(client).ReadAsync([new RouteTableScope(table.Id)], CancellationToken.None);

            Assert.Equal(table.Id, Assert.Single(snapshot.RouteTables).Id);
            Assert.All(standIn.Calls.All, call => Assert.Equal("ap-southeast-2", call.SigningRegion));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void A_client_without_a_region_is_refused_rather_than_signed_for_us_east_1()
    {
        Assert.Throws<ArgumentException>(() => Ec2ClientFactory.Create(" "));
    }
}
