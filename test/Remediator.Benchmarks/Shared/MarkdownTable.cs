using System.Globalization;

namespace Remediator.Benchmarks.Shared;

/// <summary>Prints rows as a markdown table, the form BENCHMARKS.md publishes them in.</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public void Add(params object[] cells) => rows.Add([.. cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture) ?? "")]);

    public void Print(TextWriter output)
    {
        output.WriteLine($"| {string.Join(" | ", headers)} |");
        output.WriteLine($"|{string.Concat(headers.Select(_ => " --- |"))}");
        foreach (var row in rows)
        {
            output.WriteLine($"| {string.Join(" | ", row)} |");
        }

        output.WriteLine();
    }
}
