namespace Remediator.Ec2.Shapes;

/// <summary>
/// The error for a field of a shape that cannot be turned into a record, made by whoever read the shape, so that
/// the message says where it came from: a world file and the item's place in it, or an EC2 answer.
/// </summary>
/// <param name="field">The field's path inside the resource, e.g. <c>Routes[2]</c> or <c>Tags[0].Key</c>.</param>
/// <param name="problem">What is wrong with it, e.g. <c>is missing</c>.</param>
public delegate Exception ShapeProblem(string field, string problem);
