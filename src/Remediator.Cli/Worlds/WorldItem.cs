using Remediator.Cli.Hosting;

namespace Remediator.Cli.Worlds;

/// <summary>A resource read from a world file, with where it was found, so that a problem names the file and the field.</summary>
/// <param name="Path">The resource's place in the file, e.g. <c>RouteTables[2]</c>, or <c>page 2: RouteTables[0]</c>.</param>
internal sealed record WorldItem<T>(T Value, string FilePath, string Path)
{
    public BadInputException Problem(string field, string problem) => new($"{FilePath}: {Path}.{field} {problem}.");
}
