using System.CommandLine;
using Remediator.Cli.Hosting;
using Remediator.Cli.Invoking;
using Remediator.Cli.Settings;

namespace Remediator.Cli.Commands;

/// <summary>The definition of <c>remediator invoke</c>: its arguments, options and help text.</summary>
internal static class InvokeCommand
{
    private const string Description = """
        Runs the Lambda function's own handler on an EventBridge event file (see events/), and prints the
        decisions with the classification of every subnet, each route before and after, and the SNS message
        (subject, email text, JSON) exactly as the function would publish it.
        Offline with --world DIR: the account is a folder of `aws ec2 describe-*` JSON output; with --apply
        the resulting world is written to --out DIR. Live without --world: the account of your AWS profile,
        read-only unless --apply is given; SNS is never called unless --notify is given.
        """;

    public static Command Create(CliHost host)
    {
        var eventFile = new Argument<string>("event") { Description = "The event file, e.g. events/create-route-ipv6-default-to-igw.json" };
        var world = new Option<string>("--world") { Description = "Run offline on this world folder (describe-route-tables.json, describe-subnets.json, describe-vpcs.json, describe-egress-only-internet-gateways.json)", HelpName = "dir" };
        var apply = new Option<bool>("--apply") { Description = "Carry the plan out (mode remediate): on the world, or on the live account's route tables" };
        var output = new Option<string>("--out") { Description = "With --world --apply: a new folder for the resulting world", HelpName = "dir" };
        var notify = new Option<bool>("--notify") { Description = "Live only: publish the message to --topic-arn" };
        var topicArn = new Option<string>("--topic-arn") { Description = "The SNS topic --notify publishes to", HelpName = "arn" };
        var profile = new Option<string>("--profile") { Description = "Live: the AWS profile (default: AWS_PROFILE, access keys in the environment, or the SDK's default chain)" };
        var region = new Option<string>("--region") { Description = "Live: the region to read (default: the event's region)" };
        var verbose = new Option<bool>("--verbose") { Description = "Also print the function's JSON log and metric lines (stderr), and stack traces" };

        var classification = new ClassificationOptions();

        var command = new Command("invoke", Description + "\n" + ExitCodes.Help + "\n" + ExitCodes.WorldHelp)
        {
            eventFile, world, apply, output, notify, topicArn, profile, region, verbose,
        };
        classification.AddTo(command);
        command.SetAction((parsed, cancellationToken) => Guarded.RunAsync(
            host,
            parsed.GetValue(verbose),
            () => new InvokeRunner(host).RunAsync(
                new InvokeOptions(
                    parsed.GetRequiredValue(eventFile),
                    parsed.GetValue(world),
                    parsed.GetValue(apply),
                    parsed.GetValue(output),
                    parsed.GetValue(notify),
                    parsed.GetValue(topicArn),
                    parsed.GetValue(profile),
                    parsed.GetValue(region),
                    parsed.GetValue(verbose),
                    classification.Read(parsed)),
                cancellationToken)));
        return command;
    }
}
