namespace Remediator.Ec2.Shapes;

/// <summary>A VPC as EC2 describes it; only the id and the tags (its exemption) matter here.</summary>
public sealed record VpcShape(string? VpcId, IReadOnlyList<TagShape?>? Tags);
