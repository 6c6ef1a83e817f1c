namespace Remediator.Ec2.Shapes;

// Shapes every EC2 resource shares.

public sealed record TagShape(string? Key, string? Value);

/// <summary>EC2's <c>{"State": "associated"}</c> objects (association and CIDR block states), as EC2 spells the state.</summary>
public sealed record StateShape(string? State);
