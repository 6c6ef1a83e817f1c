using System.Text.RegularExpressions;

namespace Remediator.Sns.Endpoints;

/// <summary>An SNS topic ARN, <c>arn:PARTITION:sns:REGION:ACCOUNT:NAME</c>, taken apart.</summary>
public sealed partial record TopicArn(string Partition, string Region, string Account, string Name)
{
    /// <exception cref="ArgumentException">Not an SNS topic ARN; the message names it.</exception>
    public static TopicArn Parse(string arn)
    {
        ArgumentNullException.ThrowIfNull(arn);
        var match = Pattern().Match(arn);
        if (!match.Success)
        {
            throw new ArgumentException(
                $"'{arn}' is not an SNS topic ARN: expected arn:<partition>:sns:<region>:<12-digit account>:<topic name>.",
                nameof(arn));
        }

        return new TopicArn(
            match.Groups["partition"].Value, match.Groups["region"].Value, match.Groups["account"].Value, match.Groups["name"].Value);
    }

    /// <summary>For settings checked before any publish: the same rule <see cref="Parse"/> applies.</summary>
    public static bool IsValid(string arn) => arn is not null && Pattern().IsMatch(arn);

    public override string ToString() => $"arn:{Partition}:sns:{Region}:{Account}:{Name}";

    // Topic names: 1-256 letters, digits, hyphens and underscores, FIFO topics ending in ".fifo".
    [GeneratedRegex(
        @"^arn:(?<partition>aws(-[a-z]+)*):sns:(?<region>[a-z]+(-[a-z]+)+-[0-9]+):(?<account>[0-9]{12}):(?<name>[A-Za-z0-9_-]{1,256}(\.fifo)?)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
