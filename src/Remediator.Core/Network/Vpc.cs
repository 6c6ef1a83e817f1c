namespace Remediator.Network;

public sealed record Vpc(string Id, Tags Tags);
