namespace Remediator.Network;

/// <summary>The forms of an account id and a region name, checked alike in events, settings and ARNs.</summary>
public static class AwsNames
{
    /// <summary>Twelve digits, e.g. <c>111122223333</c>.</summary>
    public static bool IsAccountId(string? text) => text is { Length: 12 } && text.All(char.IsAsciiDigit);

    /// <summary>Lower-case words and a number, e.g. <c>eu-west-1</c>, <c>us-gov-west-1</c>, <c>cn-north-1</c>.</summary>
    public static bool IsRegion(string? text)
    {
        var parts = text?.Split('-') ?? [];
        return parts.Length >= 3
               && parts[0].Length == 2
               && parts[..^1].All(p => p.Length > 0 && p.All(char.IsAsciiLetterLower))
               && parts[^1].Length > 0 && parts[^1].All(char.IsAsciiDigit);
    }
}
