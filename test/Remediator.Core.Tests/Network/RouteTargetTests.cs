using Remediator.Network;

namespace Remediator.Tests.Network;

public sealed class RouteTargetTests
{
    [Fact]
    public void A_route_to_a_NAT_instance_targets_its_network_interface_though_it_names_the_instance_too()
    {
        var fields = new Dictionary<string, string>
        {
            ["InstanceId"] = "i-0123456789abcdef0",
            ["NetworkInterfaceId"] = "eni-0123456789abcdef0",
        };

        Assert.Equal(new RouteTarget("eni-0123456789abcdef0"), RouteTarget.FirstOf(fields.GetValueOrDefault));
    }

    [Fact]
    public void Empty_fields_are_passed_over_and_no_field_is_no_target()
    {
        var fields = new Dictionary<string, string> { ["GatewayId"] = "", ["NatGatewayId"] = "nat-0123456789abcdef0" };

        Assert.Equal(new RouteTarget("nat-0123456789abcdef0"), RouteTarget.FirstOf(fields.GetValueOrDefault));
        Assert.Null(RouteTarget.FirstOf(_ => null));
    }
}
