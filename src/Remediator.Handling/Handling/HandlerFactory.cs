using Remediator.Delivery;
using Remediator.Notifications;
using Remediator.Planning;
using Remediator.Settings;
using Remediator.Telemetry;
using Remediator.Triggers;

namespace Remediator.Handling;

/// <summary>
/// The one place a <see cref="RemediationHandler"/> is put together, so that the function, the CLI and the
/// tests judge with the same rules in the parser, the planner and the notification.
/// </summary>
public static class HandlerFactory
{
    public static RemediationHandler Create(RemediationSettings settings, HandlerPorts ports) => new(
        new TriggerParser(settings.Rules),
        ports.Network,
        new RemediationPlanner(settings.Rules, settings.Mode),
        new NotificationDelivery(new NotificationComposer(settings.Rules.Exemption), ports.Publisher, ports.Undelivered, ports.Log, ports.Metrics),
        new DecisionLogger(ports.Log, ports.Metrics),
        ports.Metrics);
}
