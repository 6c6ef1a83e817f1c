namespace Remediator.StandIns.Ec2.Querying;

/// <summary>EC2 filter values may use <c>*</c> (any run of characters) and <c>?</c> (any one character).</summary>
internal static class Wildcard
{
    public static bool Matches(string pattern, string value) => Matches(pattern.AsSpan(), value.AsSpan());

    private static bool Matches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> value)
    {
        while (!pattern.IsEmpty)
        {
            switch (pattern[0])
            {
                case '*':
                    for (var skip = 0; skip <= value.Length; skip++)
                    {
                        if (Matches(pattern[1..], value[skip..]))
                        {
                            return true;
                        }
                    }

                    return false;
                case '?' when !value.IsEmpty:
                case var literal when !value.IsEmpty && value[0] == literal:
                    pattern = pattern[1..];
                    value = value[1..];
                    break;
                default:
                    return false;
            }
        }

        return value.IsEmpty;
    }
}
