using Spectre.Console;
using Spectre.Console.Rendering;

namespace Remediator.Cli.Rendering;

/// <summary>
/// Draws <paramref name="content"/> without the spaces Spectre pads each line with to the width of the widest: text
/// to read, copy and paste, with no trailing blanks that a terminal hides and a diff or a README shows.
/// </summary>
internal sealed class TrimmedLines(IRenderable content) : IRenderable
{
    public Measurement Measure(RenderOptions options, int maxWidth) => content.Measure(options, maxWidth);

    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        foreach (var line in Segment.SplitLines(content.Render(options, maxWidth)))
        {
            var kept = line.Count;
            while (kept > 0 && string.IsNullOrWhiteSpace(line[kept - 1].Text))
            {
                kept--;
            }

            for (var i = 0; i < kept; i++)
            {
                yield return i == kept - 1 ? new Segment(line[i].Text.TrimEnd(), line[i].Style) : line[i];
            }

            yield return Segment.LineBreak;
        }
    }
}
