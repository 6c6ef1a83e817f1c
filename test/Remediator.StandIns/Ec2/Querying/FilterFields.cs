using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2.Querying;

/// <summary>
/// The filter names one describe action accepts, each with the values a resource has for it. A resource
/// passes when every filter has a value matching any of the filter's values (AND across filters, OR
/// within one), as the EC2 API reference describes. Tag filters (<c>tag:Key</c>, <c>tag-key</c>) come
/// with every resource; a name the action does not document is refused, as EC2 refuses it.
/// </summary>
internal sealed class FilterFields<T>
{
    private readonly Func<T, Tags> tagsOf;
    private readonly Dictionary<string, Func<T, IEnumerable<string>>> fields;

    public FilterFields(Func<T, Tags> tagsOf, params (string Name, Func<T, IEnumerable<string>> Values)[] fields)
    {
        this.tagsOf = tagsOf;
        this.fields = fields.ToDictionary(f => f.Name, f => f.Values, StringComparer.Ordinal);
    }

    public Func<T, bool> Predicate(IReadOnlyList<Ec2Filter> filters)
    {
        var tests = filters.Select(Test).ToList();
        return item => tests.TrueForAll(test => test(item));
    }

    private Func<T, bool> Test(Ec2Filter filter)
    {
        var valuesOf = ValuesOf(filter.Name);
        return item => valuesOf(item).Any(value => filter.Values.Any(pattern => Wildcard.Matches(pattern, value)));
    }

    private Func<T, IEnumerable<string>> ValuesOf(string name)
    {
        if (name.StartsWith("tag:", StringComparison.Ordinal))
        {
            var key = name["tag:".Length..];
            return item => tagsOf(item)[key] is { } value ? [value] : [];
        }

        if (name == "tag-key")
        {
            return item => tagsOf(item).Values.Keys;
        }

        return fields.GetValueOrDefault(name) ?? throw Ec2Error.InvalidFilter(name).ToException();
    }
}
