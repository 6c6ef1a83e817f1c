using Remediator.Judgement;
using Remediator.Network;
using Remediator.Planning;
using Remediator.Triggers;

using static Remediator.StandIns.Worlds.NotificationScenarios;

namespace Remediator.Tests.Planning;

/// <summary>A prefix list routed to an internet gateway is an exposure exactly when the list is of the IPv6 family.</summary>
public sealed class PrefixListJudgementTests
{
    private readonly RemediationPlanner planner = new(ClassificationRules.Default, Mode.Remediate);

    [Fact]
    public void An_IPv6_prefix_list_routed_to_an_internet_gateway_is_replaced_like_a_CIDR()
    {
        var snapshot = WithInternetGatewayRouteTo(LeakyPrivateTable(), RouteDestination.Of(PartnerList));

        var decision = Assert.IsType<ReplaceRoutes>(Assert.Single(Assert.Single(planner.Plan(snapshot)).Decisions));

        Assert.Equal(PartnerList.Id, Assert.Single(decision.Changes).Destination.Value);
    }

    [Fact]
    public void An_IPv6_prefix_list_with_no_entries_yet_is_replaced_too_as_entries_added_later_would_be_reachable()
    {
        var snapshot = WithInternetGatewayRouteTo(LeakyPrivateTable(), RouteDestination.Of(PartnerList with { Cidrs = [] }));

        Assert.IsType<ReplaceRoutes>(Assert.Single(Assert.Single(planner.Plan(snapshot)).Decisions));
    }

    [Fact]
    public void An_IPv4_prefix_list_routed_to_an_internet_gateway_exposes_nothing_over_IPv6()
    {
        var offices = new ManagedPrefixList("pl-0a0b0c0d0e0f01020", "offices", "111122223333", IsIpv6: false, ["198.51.100.0/24"]);
        var snapshot = WithInternetGatewayRouteTo(LeakyPrivateTable(), RouteDestination.Of(offices));

        Assert.Empty(planner.Plan(snapshot));
    }

    [Fact]
    public void A_prefix_list_that_was_not_read_is_not_judged_an_exposure()
    {
        var snapshot = WithInternetGatewayRouteTo(LeakyPrivateTable(), RouteDestination.PrefixListId(PartnerList.Id));

        Assert.Empty(planner.Plan(snapshot));
        Assert.Equal([PartnerList.Id], snapshot.UnreadPrefixListsToInternetGateway);
    }

    [Fact]
    public void Reading_the_lists_fills_them_into_every_route_that_names_them()
    {
        var unread = WithInternetGatewayRouteTo(LeakyPrivateTable(), RouteDestination.PrefixListId(PartnerList.Id));

        var read = unread.WithPrefixLists(new Dictionary<string, ManagedPrefixList> { [PartnerList.Id] = PartnerList });

        Assert.Empty(read.UnreadPrefixListsToInternetGateway);
        Assert.Contains(read.RouteTables[0].Routes, r => r.Destination.PrefixList == PartnerList);
        Assert.True(read.RouteTables[0].Routes.Single(r => r.Destination.Kind == DestinationKind.PrefixList).Destination.SameRouteAs(RouteDestination.PrefixListId(PartnerList.Id)));
    }

    [Fact]
    public void A_prefix_list_scope_judges_the_tables_that_route_the_list_and_no_other()
    {
        var snapshot = WithInternetGatewayRouteTo(LeakyPrivateTable(), RouteDestination.Of(PartnerList));

        Assert.Single(planner.Plan(snapshot, [new PrefixListScope(PartnerList.Id)]));
        Assert.Empty(planner.Plan(snapshot, [new PrefixListScope("pl-0ffffffffffffffff")]));
    }
}
