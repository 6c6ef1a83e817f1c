using Remediator.Cli.Hosting;
using Remediator.Network;

namespace Remediator.Cli.Scanning;

/// <summary>
/// The accounts of an organization scan, as a user lists them: <c>--accounts</c> (comma-separated, repeatable) and
/// <c>--accounts-file</c> (one id per line; blank lines and <c>#</c> comments, whole-line or trailing, are skipped).
/// Each id once, in the order given; a bad one is refused naming the flag, and for the file its line.
/// </summary>
internal static class AccountList
{
    private const string Expected = "is not an AWS account id (12 digits, e.g. 111122223333)";

    /// <exception cref="BadInputException">An id is not 12 digits, or the file cannot be read.</exception>
    public static List<string> Read(IReadOnlyList<string> option, string? file)
    {
        var fromOption = option
            .SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(id => Checked(id, "--accounts"));
        var fromFile = file is null ? [] : Parse(ReadLines(file), file);
        return [.. fromOption.Concat(fromFile).Distinct(StringComparer.Ordinal)];
    }

    /// <param name="file">How the file is named in messages, as the user gave it.</param>
    public static List<string> Parse(IEnumerable<string> lines, string file) =>
    [
        .. lines
            .Select((line, i) => (Text: line.Split('#', 2)[0].Trim(), Number: i + 1))
            .Where(line => line.Text.Length > 0)
            .Select(line => Checked(line.Text, $"--accounts-file {file} line {line.Number}")),
    ];

    private static string Checked(string id, string where) =>
        AwsNames.IsAccountId(id) ? id : throw new BadInputException($"{where}: '{id}' {Expected}.");

    private static string[] ReadLines(string file)
    {
        try
        {
            return File.ReadAllLines(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"--accounts-file {file} cannot be read: {e.Message}", e);
        }
    }
}
