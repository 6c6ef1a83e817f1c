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
        With --role-name and --accounts (or --accounts-file), every region of each of those accounts instead,
        through the role assumed there with your credentials; an account or region that cannot be read is
        reported, and the others are still scanned.
        """;

    public static Command Create(CliHost host)
    {
        var world = new Option<string>("--world") { Description = "Scan this world folder instead of an account", HelpName = "dir" };
        var regions = new Option<string[]>("--region") { Description = "Live: a region to scan; repeat it for several (default: AWS_REGION or the profile's)" };
        var profile = new Option<string>("--profile") { Description = "Live: the AWS profile (default: AWS_PROFILE, access keys in the environment, or the SDK's default chain)" };
        var roleName = new Option<string>("--role-name")
        {
            Description = "Organization: the role to assume in each account (arn:PARTITION:iam::ACCOUNT:role/NAME), e.g. RemediatorMember",
            HelpName = "name",
        };
        var accounts = new Option<string[]>("--accounts") { Description = "Organization: the accounts to scan, comma-separated or repeated", HelpName = "ids" };
        var accountsFile = new Option<string>("--accounts-file")
        {
            Description = "Organization: a file of account ids, one per line (blank lines and # comments allowed)",
            HelpName = "file",
        };
        var externalId = new Option<string>("--external-id") { Description = "Organization: the external id the role's trust asks for", HelpName = "id" };
        var concurrency = new Option<int>("--concurrency")
        {
            Description = $"Live: how many (account, region) pairs are read at once, 1 to {ScanOptions.MaxConcurrency}",
            HelpName = "n",
            DefaultValueFactory = _ => ScanOptions.DefaultConcurrency,
        };
        var json = new Option<bool>("--json") { Description = "Print the findings as JSON, for machines" };
        var verbose = new Option<bool>("--verbose") { Description = "Print stack traces of errors" };

        var classification = new ClassificationOptions();

        var command = new Command("scan", Description + "\n" + ExitCodes.Help + "\n" + ExitCodes.OrganizationHelp)
        {
            world, regions, profile, roleName, accounts, accountsFile, externalId, concurrency, json, verbose,
        };
        classification.AddTo(command);
        command.SetAction((parsed, cancellationToken) => Guarded.RunAsync(
            host,
            parsed.GetValue(verbose),
            () => new ScanRunner(host).RunAsync(
                new ScanOptions(
                    parsed.GetValue(world),
                    parsed.GetValue(regions) ?? [],
                    parsed.GetValue(profile),
                    parsed.GetValue(json),
                    parsed.GetValue(verbose),
                    classification.Read(parsed),
                    parsed.GetValue(accounts) ?? [],
                    parsed.GetValue(accountsFile),
                    parsed.GetValue(roleName),
                    parsed.GetValue(externalId),
                    parsed.GetValue(concurrency)),
                cancellationToken)));
        return command;
    }
}
