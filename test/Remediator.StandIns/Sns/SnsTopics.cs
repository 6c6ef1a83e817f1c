using System.Collections.Concurrent;

namespace Remediator.StandIns.Sns;

/// <summary>The topics that exist: publishing to any other gets <c>NotFound</c>, as SNS answers for a deleted topic.</summary>
public sealed class SnsTopics(string region, string account)
{
    private readonly ConcurrentDictionary<string, bool> arns = new(StringComparer.Ordinal);

    /// <returns>The new topic's ARN, in the stand-in's region and account.</returns>
    public string Create(string name)
    {
        var arn = $"arn:aws:sns:{region}:{account}:{name}";
        arns[arn] = true;
        return arn;
    }

    public bool Contains(string arn) => arns.ContainsKey(arn);
}
