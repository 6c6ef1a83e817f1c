using Amazon;

namespace Remediator.Sns.Endpoints;

/// <summary>
/// Where to send a topic's <c>Publish</c>: <c>https://sns.REGION.SUFFIX/</c> with the DNS suffix of the ARN's
/// partition as AWSSDK.Core knows it (amazonaws.com, amazonaws.com.cn, …), unless an endpoint URL overrides it.
/// </summary>
internal sealed class SnsEndpoints(Uri? endpointOverride)
{
    public Uri For(TopicArn topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return endpointOverride ?? new Uri($"https://sns.{topic.Region}.{DnsSuffix(topic)}/");
    }

    private static string DnsSuffix(TopicArn topic)
    {
        var known = RegionEndpoint.EnumerableAllRegions.ToList();
        var region = known.Find(r => r.SystemName == topic.Region);
        if (region is not null)
        {
            return region.PartitionName == topic.Partition
                ? region.PartitionDnsSuffix
                : throw new ArgumentException(
                    $"'{topic}' names region {topic.Region}, which is in partition {region.PartitionName}, not {topic.Partition}.",
                    nameof(topic));
        }

        // A region newer than this SDK build (GetBySystemName would silently place it in "aws"): trust the
        // ARN's partition, whose suffix the SDK does know.
        return known.Find(r => r.PartitionName == topic.Partition)?.PartitionDnsSuffix
               ?? throw new ArgumentException($"'{topic}' names partition {topic.Partition}, which AWSSDK.Core does not know.", nameof(topic));
    }
}
