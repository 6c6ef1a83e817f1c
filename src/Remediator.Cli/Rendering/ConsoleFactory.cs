using Spectre.Console;

namespace Remediator.Cli.Rendering;

/// <summary>
/// The Spectre console over a writer. On a terminal it detects colours and width; otherwise (a pipe, a file,
/// a test) it writes plain text at a fixed width, so that output is the same wherever it is captured.
/// </summary>
internal static class ConsoleFactory
{
    /// <summary>Wide enough for a finding's reason on one line in most cases; wider lines wrap within the table.</summary>
    public const int RedirectedWidth = 160;

    public static IAnsiConsole Create(TextWriter output, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (!isTerminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
