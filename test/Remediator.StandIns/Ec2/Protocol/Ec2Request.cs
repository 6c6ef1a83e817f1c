using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Remediator.StandIns.Hosting;

namespace Remediator.StandIns.Ec2.Protocol;

/// <summary>
/// One Query-protocol call: the form-encoded parameters (and any on the query string, which EC2 also
/// accepts), flattened to name → value as they travelled: <c>Filter.1.Name</c>, <c>RouteTableId.2</c>…
/// </summary>
internal sealed class Ec2Request
{
    private Ec2Request(IReadOnlyDictionary<string, string> parameters) => Parameters = parameters;

    public IReadOnlyDictionary<string, string> Parameters { get; }

    public string Action => Get("Action") ?? "";

    /// <param name="received">The request as it arrived: its body is parsed here, not read again.</param>
    public static Ec2Request From(HttpRequest http, ReceivedRequest received)
    {
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in http.Query)
        {
            parameters[name] = value.ToString();
        }

        if (http.HasFormContentType)
        {
            foreach (var (name, value) in QueryHelpers.ParseQuery(Encoding.UTF8.GetString(received.Body)))
            {
                parameters[name] = value.ToString();
            }
        }

        return new Ec2Request(parameters);
    }

    public string? Get(string name) => Parameters.GetValueOrDefault(name);

    public string Required(string name) =>
        Get(name) is { Length: > 0 } value ? value : throw Ec2Error.MissingParameter(name).ToException();

    public int? Int(string name)
    {
        var text = Get(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Ec2Error.InvalidParameterValue($"Value ({text}) for parameter {name} is invalid.").ToException();
    }

    /// <summary>The values of a list parameter, <c>Prefix.1</c>, <c>Prefix.2</c>…, in index order.</summary>
    public IReadOnlyList<string> List(string prefix) =>
        Indexed(prefix, suffix: "").Select(index => Parameters[$"{prefix}.{index}"]).ToList();

    /// <summary>
    /// The indexes N present as <c>Prefix.N</c> (empty suffix) or <c>Prefix.N</c> followed by the suffix,
    /// e.g. <c>Filter.N.</c> for <c>Filter.N.Name</c> and <c>Filter.N.Value.M</c>.
    /// </summary>
    public IReadOnlyList<int> Indexed(string prefix, string suffix)
    {
        var indexes = new SortedSet<int>();
        foreach (var name in Parameters.Keys)
        {
            if (!name.StartsWith(prefix + ".", StringComparison.Ordinal))
            {
                continue;
            }

            var rest = name.AsSpan(prefix.Length + 1);
            var digits = rest.IndexOfAnyExceptInRange('0', '9');
            var number = digits < 0 ? rest : rest[..digits];
            var after = digits < 0 ? [] : rest[digits..];
            var fits = suffix.Length == 0 ? after.IsEmpty : after.StartsWith(suffix, StringComparison.Ordinal);
            if (fits && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                indexes.Add(index);
            }
        }

        return [.. indexes];
    }
}
