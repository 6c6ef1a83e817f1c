using Remediator.Cli.Tests.Doubles;
using Remediator.StandIns.Worlds;

namespace Remediator.Cli.Tests.Worlds;

/// <summary>A world the CLI cannot use is one line on stderr naming the file and the field, and exit code 1.</summary>
public sealed class MalformedWorldTests
{
    public static TheoryData<string, string, string> Breakages => new()
    {
        { "describe-route-tables.json", "{ \"RouteTables\": [ { \"RouteTableId\": \"rtb-0123", "describe-route-tables.json: is not valid JSON (line 1, byte 47)." },
        { "describe-route-tables.json", "", "describe-route-tables.json: is empty; expected the output of `aws ec2 describe-route-tables --output json > describe-route-tables.json`." },
        { "describe-subnets.json", "{ \"Vpcs\": [] }", "describe-subnets.json: Subnets is missing; expected the output of `aws ec2 describe-subnets --output json > describe-subnets.json`." },
        { "describe-vpcs.json", "[ 1, 2 ]", "describe-vpcs.json: page 1 is a number, not an object; expected the output of `aws ec2 describe-vpcs --output json > describe-vpcs.json`." },
        { "describe-route-tables.json", "{ \"RouteTables\": [ { \"RouteTableId\": \"rtb-0123456789abcdef0\", \"VpcId\": 42 } ] }", "describe-route-tables.json: RouteTables[0].VpcId has the wrong type: found a number." },
        { "describe-route-tables.json", "{ \"RouteTables\": [ { \"RouteTableId\": \"rtb-0123456789abcdef0\" } ] }", "describe-route-tables.json: RouteTables[0].VpcId is missing." },
        { "describe-subnets.json", "{ \"Subnets\": [ { \"SubnetId\": \"subnet-0123456789abcdef0\", \"VpcId\": \"vpc-0fffffffffffffff0\" } ] }", "describe-subnets.json: Subnets[0].VpcId is vpc-0fffffffffffffff0, which describe-vpcs.json does not list; export it with `aws ec2 describe-vpcs --output json > describe-vpcs.json`." },
        { "describe-egress-only-internet-gateways.json", "{ \"EgressOnlyInternetGateways\": [ { \"Attachments\": [ { \"State\": \"attached\" } ], \"EgressOnlyInternetGatewayId\": \"eigw-0123456789abcdef0\" } ] }", "describe-egress-only-internet-gateways.json: EgressOnlyInternetGateways[0].Attachments[0].VpcId is missing." },
        // Valid JSON but no text (half a surrogate pair): it was reported as "the wrong type: found a string".
        { "describe-subnets.json", "{ \"Subnets\": [ { \"SubnetId\": \"subnet-\\ud800\", \"VpcId\": \"vpc-0a1b2c3d4e5f60718\" } ] }", "describe-subnets.json: Subnets[0].SubnetId is not text: it escapes half of a UTF-16 surrogate pair." },
        // Found by AFL++ (fuzz.sh): a member name escaping half a surrogate pair crashed the path lookup that says what was found.
        { "describe-vpc-block-public-access-options.json", "{\n\"\\udc00Vpcli\\ud800\": {   \"\": \"nal\",\n    \"Rn\": \"\",\n\"Las\": \"\",\n    \"d\": \"a\u0086l\"\n    }\n}", "describe-vpc-block-public-access-options.json: the page has a member whose name is not text: it escapes half of a UTF-16 surrogate pair." },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task A_malformed_world_file_is_one_line_naming_the_file_and_the_field(string file, string content, string expected)
    {
        using var temp = new TempFolder();
        var world = ValidWorld(temp);
        File.WriteAllText(Path.Combine(world, file), content);

        var run = await Cli.RunAsync("scan", "--world", world);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {Path.Combine(world, expected)}", run.OneErrorLine());
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task A_missing_world_file_names_the_file_and_the_command_that_makes_it()
    {
        using var temp = new TempFolder();
        var world = ValidWorld(temp);
        File.Delete(Path.Combine(world, "describe-vpcs.json"));

        var run = await Cli.RunAsync("invoke", Samples.Event("create-route-ipv6-default-to-igw.json"), "--world", world);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"error: {world}: holds no describe-vpcs.json; make it with `aws ec2 describe-vpcs --output json > describe-vpcs.json`.",
            run.OneErrorLine());
    }

    [Fact]
    public async Task An_empty_world_names_every_missing_file_at_once_each_with_its_export_command()
    {
        using var temp = new TempFolder();

        var run = await Cli.RunAsync("scan", "--world", temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"error: {temp.Path}: holds no describe-route-tables.json, describe-subnets.json, describe-vpcs.json or describe-egress-only-internet-gateways.json; " +
            "make them with `aws ec2 describe-route-tables --output json > describe-route-tables.json`, `aws ec2 describe-subnets --output json > describe-subnets.json`, " +
            "`aws ec2 describe-vpcs --output json > describe-vpcs.json` and " +
            "`aws ec2 describe-egress-only-internet-gateways --output json > describe-egress-only-internet-gateways.json`.",
            run.OneErrorLine());
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task A_world_file_passed_as_the_world_says_to_pass_its_folder()
    {
        var file = Path.Combine(Samples.World, "describe-vpcs.json");

        var run = await Cli.RunAsync("scan", "--world", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"error: {file}: is a file, not a world folder (--world); pass the folder that holds describe-route-tables.json, describe-subnets.json, describe-vpcs.json, describe-egress-only-internet-gateways.json.",
            run.OneErrorLine());
    }

    [Fact]
    public async Task A_missing_world_folder_names_the_option()
    {
        var run = await Cli.RunAsync("scan", "--world", "/nonexistent/world");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: /nonexistent/world: no such folder (--world).", run.OneErrorLine());
    }

    [Fact]
    public async Task Verbose_adds_the_stack_trace_to_the_error()
    {
        var run = await Cli.RunAsync("scan", "--world", "/nonexistent/world", "--verbose");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("BadInputException: /nonexistent/world: no such folder (--world).", run.Error, StringComparison.Ordinal);
        Assert.Contains(" at ", run.Error, StringComparison.Ordinal);
    }

    private static string ValidWorld(TempFolder temp)
    {
        var network = new TestNetwork();
        network.Table([], [], main: true);
        network.LeakyTable(network.PrivateSubnet());
        network.AttachedEgressGateway();
        return AwsCliWorld.Write(temp.New("world"), network.Snapshot());
    }
}
