using Remediator.Ports;

namespace Remediator.Handling;

/// <summary>What a handler reads, acts and tells through: AWS in the function, a world or the user's account in the CLI, doubles in tests.</summary>
public sealed record HandlerPorts(
    INetworkAccess Network,
    INotificationPublisher Publisher,
    IUndeliveredNotifications Undelivered,
    IDecisionLog Log,
    IMetrics Metrics);
