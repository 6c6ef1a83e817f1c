namespace Remediator.Cli.Hosting;

/// <summary>
/// Input the user can fix: a file that cannot be read, a world file of the wrong shape, an unknown region,
/// missing credentials. Its message is the one line the user sees, naming the file or the setting.
/// </summary>
internal sealed class BadInputException(string message, Exception? inner = null) : Exception(message, inner);
