using Remediator.Cli.Tests.Doubles;
using Remediator.Cli.Tests.Worlds;
using Remediator.StandIns.Worlds;

namespace Remediator.Cli.Tests.Invoking;

/// <summary>
/// An event re-checks only what it names: <c>invoke</c> says when the world does not hold it, what its all-clear covers,
/// and which other tables of the world are still exposed.
/// </summary>
public sealed class WhatTheEventRechecksTests
{
    [Fact]
    public async Task An_event_for_a_route_table_the_world_does_not_hold_says_so_with_the_export_and_exits_4()
    {
        using var temp = new TempFolder();
        var file = Rewritten(temp, "create-route-ipv6-default-to-igw.json", Samples.PrivateTable, "rtb-0b2c3d4e5f6079999");

        var run = await Cli.RunAsync("invoke", file, "--world", Samples.World);

        Assert.Equal(4, run.ExitCode);
        Assert.Contains(
            "\nThe world holds no route table rtb-0b2c3d4e5f6079999: export it (`aws ec2 describe-route-tables --output json > describe-route-tables.json`), or check the event.\n",
            run.Out,
            StringComparison.Ordinal);
        Assert.DoesNotContain("No exposure found", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_for_a_subnet_the_world_does_not_hold_says_so_and_exits_4()
    {
        using var temp = new TempFolder();
        var file = Rewritten(temp, "modify-subnet-attribute-no-public-ipv4.json", "subnet-0123456789abcdef0", "subnet-0fedcba9876543299");

        var run = await Cli.RunAsync("invoke", file, "--world", Samples.World);

        Assert.Equal(4, run.ExitCode);
        Assert.Contains(
            "The world holds no subnet subnet-0fedcba9876543299: export it (`aws ec2 describe-subnets --output json > describe-subnets.json`), or check the event.",
            run.Out,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_says_its_all_clear_covers_the_table_the_event_rechecked_and_names_the_tables_of_the_world_still_exposed()
    {
        using var temp = new TempFolder();

        var run = await Cli.RunAsync(
            "invoke", Samples.Event("create-route-ipv6-default-to-igw.json"), "--world", Samples.World, "--apply", "--out", temp.New("after"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(
            $"\nNo private subnet stays exposed through what this event rechecked: route table {Samples.PrivateTable}.\n" +
            $"Elsewhere in the world, private subnets stay exposed through {Samples.MainTable}: `remediator scan --world {Samples.World}` lists them.\n",
            run.Out,
            StringComparison.Ordinal);
        Assert.DoesNotContain("No private subnet stays exposed.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_on_a_world_with_no_other_exposure_says_there_is_none()
    {
        using var temp = new TempFolder();
        var network = new TestNetwork();
        network.Table([], [], main: true);
        network.LeakyTable(network.PrivateSubnet());
        var world = AwsCliWorld.Write(temp.New("before"), network.Snapshot());

        var run = await Cli.RunAsync("invoke", Samples.Event("scheduled-sweep.json"), "--world", world, "--apply", "--out", temp.New("after"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\nNo other route table of the world exposes a private subnet.\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_documents_the_exit_code_of_an_event_the_world_does_not_hold()
    {
        var run = await Cli.RunAsync("invoke", "--help");

        Assert.Contains("With --world, invoke exits 4 when the event names a route table, subnet or VPC that the world does not hold.", run.Out, StringComparison.Ordinal);
    }

    private static string Rewritten(TempFolder temp, string sample, string id, string replacement)
    {
        var file = temp.New(sample);
        File.WriteAllText(file, File.ReadAllText(Samples.Event(sample)).Replace(id, replacement, StringComparison.Ordinal));
        return file;
    }
}
