using System.CommandLine;
using Remediator.Cli.Hosting;
using Remediator.Cli.Scanning;
using Remediator.Cli.Settings;

namespace Remediator.Cli.Commands;

/// <summary>The definition of <c>remediator scan</c>: its options and help text.</summary>
internal static class ScanCommand
{
    private const string Description = """
        Sweeps a world (--world DIR, offline) or every VPC of one or more regions of your account (live,
        read-only: Describe calls only) as the function's scheduled sweep does, and prints one row per subnet:
        VPC, subnet, route table, IPv6 routes, classification with its reason, and the planned action.
        """;

    public static Command Create(CliHost host)
    {
        var world = new Option<string>("--world") { Description = "Scan this world folder instead of an account", HelpName = "dir" };
        var regions = new Option<string[]>("--region") { Description = "Live: a region to scan; repeat it for several (default: AWS_REGION or the profile's)" };
        var profile = new Option<string>("--profile") { Description = "Live: the AWS profile (default: AWS_PROFILE, access keys in the environment, or the SDK's default chain)" };
        var json = new Option<bool>("--json") { Description = "Print the findings as JSON, for machines" };
        var verbose = new Option<bool>("--verbose") { Description = "Print stack traces of errors" };

        var classification = new ClassificationOptions();

        var command = new Command("scan", Description + "\n" + ExitCodes.Help) { world, regions, profile, json, verbose };
        classification.AddTo(command);
        command.SetAction((parsed, cancellationToken) => Guarded.RunAsync(
            host,
            parsed.GetValue(verbose),
            () => new ScanRunner(host).RunAsync(
                new ScanOptions(parsed.GetValue(world), parsed.GetValue(regions) ?? [], parsed.GetValue(profile), parsed.GetValue(json), parsed.GetValue(verbose), classification.Read(parsed)),
                cancellationToken)));
        return command;
    }
}
