using Remediator.Network;

namespace Remediator.Planning;

/// <summary>One exposing route and the IGW it sends traffic to today; the plan's gateway replaces that target.</summary>
public sealed record RouteChange(RouteDestination Destination, RouteTarget Before);
