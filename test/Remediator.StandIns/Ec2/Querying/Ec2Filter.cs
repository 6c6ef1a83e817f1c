using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2.Querying;

/// <summary>One <c>Filter.N</c> of a describe call: a name and the values it accepts (any of them).</summary>
internal sealed record Ec2Filter(string Name, IReadOnlyList<string> Values)
{
    public static IReadOnlyList<Ec2Filter> From(Ec2Request request) =>
        request.Indexed("Filter", suffix: ".").Select(n => new Ec2Filter(
                request.Required($"Filter.{n}.Name"),
                request.List($"Filter.{n}.Value")))
            .ToList();
}
