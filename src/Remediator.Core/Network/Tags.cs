using System.Collections.Immutable;

namespace Remediator.Network;

/// <summary>The tags of one resource. Keys are case-sensitive, as in EC2.</summary>
public sealed record Tags(ImmutableSortedDictionary<string, string> Values)
{
    public static readonly Tags None = new(ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal));

    public static Tags Of(params (string Key, string Value)[] tags) =>
        new(tags.ToImmutableSortedDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal));

    public static Tags Of(IEnumerable<KeyValuePair<string, string>> tags) =>
        new(tags.ToImmutableSortedDictionary(StringComparer.Ordinal));

    public string? this[string key] => Values.TryGetValue(key, out var value) ? value : null;

    public bool Equals(Tags? other) => other is not null && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => Values.Count;
}
