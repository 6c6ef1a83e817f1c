using Remediator.Cli;
using Remediator.Cli.Hosting;

return await CliApp.RunAsync(args, CliHost.OfProcess()).ConfigureAwait(false);
