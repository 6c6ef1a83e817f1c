namespace Remediator.Sns.Validation;

/// <summary>
/// SNS's rules for message attributes: a name of 1-256 letters, digits, <c>_</c>, <c>-</c> and <c>.</c>, not
/// starting or ending with a period, without two periods in a row, not under the reserved <c>AWS.</c> and
/// <c>Amazon.</c> prefixes, unique (case-sensitive); and a value that is not empty.
/// </summary>
internal static class AttributeNames
{
    private const int MaxNameLength = 256;

    public static void Check(IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in attributes)
        {
            if (Problem(name) is { } problem)
            {
                throw new ArgumentException($"Message attribute '{name}': {problem}", nameof(attributes));
            }

            if (!seen.Add(name))
            {
                throw new ArgumentException($"Message attribute '{name}' appears twice; SNS needs unique names.", nameof(attributes));
            }

            if (string.IsNullOrEmpty(value))
            {
                throw new ArgumentException($"Message attribute '{name}' has an empty value; SNS refuses empty values.", nameof(attributes));
            }
        }
    }

    private static string? Problem(string? name) => name switch
    {
        null or "" => "the name is empty.",
        { Length: > MaxNameLength } => $"the name is {name.Length} characters; SNS accepts at most {MaxNameLength}.",
        _ when name.AsSpan().IndexOfAnyExcept(Allowed) >= 0 => "the name may only hold letters, digits, '_', '-' and '.'.",
        _ when name.StartsWith('.') || name.EndsWith('.') || name.Contains("..", StringComparison.Ordinal) =>
            "the name may not start or end with a period, nor hold two in a row.",
        _ when name.StartsWith("AWS.", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Amazon.", StringComparison.OrdinalIgnoreCase) =>
            "the prefixes 'AWS.' and 'Amazon.' are reserved.",
        _ => null,
    };

    private static readonly System.Buffers.SearchValues<char> Allowed =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.");
}
