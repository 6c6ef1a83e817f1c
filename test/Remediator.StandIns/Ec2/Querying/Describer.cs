using System.Globalization;
using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2.Querying;

/// <summary>One page of a describe call's answer.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, string? NextToken);

/// <summary>
/// What every describe action does the same way: select by explicit ids (an unknown id is an error, not
/// an empty answer), filter, and paginate with <c>MaxResults</c> (checked against the action's documented
/// range) and <c>NextToken</c>. Without <c>MaxResults</c> everything is returned in one page.
/// </summary>
internal sealed class Describer<T>(
    string idParameter,
    Func<T, string> idOf,
    Func<string, Ec2Error> notFound,
    FilterFields<T> filterFields,
    (int Min, int Max) maxResultsRange)
{
    /// <param name="all">Every resource of the kind, in id order.</param>
    public Page<T> Describe(Ec2Request request, IReadOnlyList<T> all)
    {
        var ids = request.List(idParameter);
        var known = all.Select(idOf).ToHashSet(StringComparer.Ordinal);
        if (ids.FirstOrDefault(id => !known.Contains(id)) is { } missing)
        {
            throw notFound(missing).ToException();
        }

        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var passes = filterFields.Predicate(Ec2Filter.From(request));
        var maxResults = MaxResults(request);
        var after = request.Get("NextToken") is { } token ? PageToken.LastId(token) : null;

        var selected = all
            .Where(item => wanted.Count == 0 || wanted.Contains(idOf(item)))
            .Where(passes)
            .Where(item => after is null || string.CompareOrdinal(idOf(item), after) > 0)
            .ToList();
        if (maxResults is not { } size || selected.Count <= size)
        {
            return new Page<T>(selected, null);
        }

        var page = selected.Take(size).ToList();
        return new Page<T>(page, PageToken.After(idOf(page[^1])));
    }

    private int? MaxResults(Ec2Request request)
    {
        var value = request.Int("MaxResults");
        if (value is { } size && (size < maxResultsRange.Min || size > maxResultsRange.Max))
        {
            var bound = size < maxResultsRange.Min
                ? $"greater than or equal to {maxResultsRange.Min}"
                : $"less than or equal to {maxResultsRange.Max}";
            throw Ec2Error.InvalidParameterValue(
                string.Create(CultureInfo.InvariantCulture, $"Value ( {size} ) for parameter maxResults is invalid. Expecting a value {bound}."))
                .ToException();
        }

        return value;
    }
}
