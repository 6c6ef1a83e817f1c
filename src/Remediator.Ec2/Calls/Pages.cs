namespace Remediator.Ec2.Calls;

/// <summary>Reads every page of a paginated Describe call, following NextToken.</summary>
internal static class Pages
{
    public static async Task<List<T>> ReadAllAsync<T>(Func<string?, Task<(IEnumerable<T>? Items, string? NextToken)>> readPage)
    {
        var all = new List<T>();
        string? token = null;
        do
        {
            var (items, next) = await readPage(token).ConfigureAwait(false);
            all.AddRange(items ?? []);
            if (next is not null && next == token)
            {
                throw new InvalidOperationException($"EC2 returned the same NextToken twice ('{next}'); stopping rather than looping.");
            }

            token = string.IsNullOrEmpty(next) ? null : next;
        }
        while (token is not null);

        return all;
    }
}
