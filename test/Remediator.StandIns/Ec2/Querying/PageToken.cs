using System.Text;
using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2.Querying;

/// <summary>
/// An opaque <c>NextToken</c> that remembers the last id returned. Items are listed in id order and the
/// next page starts after that id, so every item still present is returned exactly once even when the
/// world changes between pages.
/// </summary>
internal static class PageToken
{
    private const string Prefix = "standin-page:";

    public static string After(string lastId) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + lastId));

    public static string LastId(string token)
    {
        var buffer = new byte[token.Length];
        if (Convert.TryFromBase64String(token, buffer, out var length)
            && Encoding.UTF8.GetString(buffer, 0, length) is var text
            && text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return text[Prefix.Length..];
        }

        throw Ec2Error.InvalidNextToken(token).ToException();
    }
}
