using Remediator.Network;

namespace Remediator.Judgement;

/// <summary>
/// A tag that means something to Remediator. The key is matched exactly, as EC2 does; the value ignores
/// case, because people write <c>Tier=Private</c> as often as <c>Tier=private</c>.
/// </summary>
public sealed record TagMatch(string Key, string Value)
{
    public bool IsOn(Tags tags) =>
        tags[Key] is { } value && string.Equals(value, Value, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{Key}={Value}";
}
