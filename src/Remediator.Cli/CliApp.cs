using System.CommandLine;
using Remediator.Cli.Commands;
using Remediator.Cli.Hosting;

namespace Remediator.Cli;

/// <summary>
/// The whole command line, callable in-process: arguments in, output to the host's writers, the exit code
/// out. <see cref="Program"/> runs it on the real process; tests run it on their own writers and environment.
/// </summary>
internal static class CliApp
{
    private const string Description = """
        Remediator on your machine: run the Lambda function's handler on a sample event, or scan for private
        subnets exposed to the IPv6 internet, offline on a folder of AWS CLI output or live on your account or
        the accounts of your organization.
        """;

    public static Task<int> RunAsync(IReadOnlyList<string> args, CliHost host, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand(Description + "\n" + ExitCodes.Help + "\n" + ExitCodes.WorldHelp + "\n" + ExitCodes.OrganizationHelp)
        {
            InvokeCommand.Create(host),
            ScanCommand.Create(host),
        };
        return root.Parse(args).InvokeAsync(
            new InvocationConfiguration { Output = host.Out, Error = host.Error, EnableDefaultExceptionHandler = false },
            cancellationToken);
    }
}
