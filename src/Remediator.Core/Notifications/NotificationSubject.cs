using Remediator.Outcomes;

namespace Remediator.Notifications;

/// <summary>
/// The subject line: outcome, resource and account at a glance, within SNS's 100 characters. SNS accepts
/// printable ASCII only, without line breaks, so anything else is replaced.
/// </summary>
internal static class NotificationSubject
{
    public static string For(NotificationDocument document, NotificationOutcome kind)
    {
        var what = kind switch
        {
            NotificationOutcome.Remediated => "IPv6 exposure remediated",
            NotificationOutcome.Detected => "IPv6 exposure detected",
            NotificationOutcome.NeedsDedicatedRouteTable => "IPv6 exposure on a shared route table",
            _ => "IPv6 exposure NOT remediated",
        };
        var resource = document.RouteTables.Count + document.RouteTablesOmitted == 1
            ? document.RouteTables[0].RouteTableId
            : $"{document.RouteTables.Count + document.RouteTablesOmitted} route tables of {document.VpcId}";
        var subject = new string([.. $"Remediator: {what} in {resource}, account {document.Account}".Select(Printable)]);
        return subject.Length <= Notification.MaxSubjectLength ? subject : subject[..(Notification.MaxSubjectLength - 3)] + "...";
    }

    private static char Printable(char c) => c is >= ' ' and <= '~' ? c : '?';
}
