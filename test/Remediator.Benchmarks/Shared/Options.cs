using System.Globalization;

namespace Remediator.Benchmarks.Shared;

/// <summary>
/// The few <c>--name value</c> and <c>--flag</c> options the verbs take; everything else is kept, in order,
/// for BenchmarkDotNet's own command line.
/// </summary>
internal sealed class Options(IEnumerable<string> args)
{
    private readonly List<string> args = [.. args];

    public bool Flag(string name) => args.Remove(name);

    public string? Value(string name)
    {
        var at = args.IndexOf(name);
        if (at < 0)
        {
            return null;
        }

        var value = at + 1 < args.Count ? args[at + 1] : throw new ArgumentException($"{name} needs a value.");
        args.RemoveRange(at, 2);
        return value;
    }

    public string Required(string name) => Value(name) ?? throw new ArgumentException($"{name} is required.");

    public int Int(string name, int fallback) =>
        Value(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public IReadOnlyList<int> Ints(string name, IReadOnlyList<int> fallback) =>
        Value(name) is { } value ? [.. value.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))] : fallback;

    /// <summary>What no verb option claimed.</summary>
    public string[] Rest => [.. args];
}
