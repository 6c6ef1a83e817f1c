using Remediator.Outcomes;

namespace Remediator.Notifications;

/// <summary>
/// The subject line: outcome, resource and account at a glance, within SNS's 100 characters. Of a message about
/// several route tables (a sweep), the tables are what shortens, from a count to nothing; the VPC and the account,
/// which say where to look, are never cut. (A route table id is 21 characters: beside the VPC and the account no id
/// fits; the message lists them all.) SNS accepts printable ASCII only, without line breaks, so anything else is replaced.
/// </summary>
internal static class NotificationSubject
{
    public static string For(NotificationDocument document, NotificationOutcome kind)
    {
        var count = document.RouteTables.Count + document.RouteTablesOmitted;
        var account = $"account {document.Account}";
        if (count == 1)
        {
            return Fitted([$"Remediator: {What(kind, plural: false)} in {document.RouteTables[0].RouteTableId}, {account}"]);
        }

        var what = What(kind, plural: true);
        return Fitted(
        [
            $"Remediator: {what} in {count} route tables of {document.VpcId}, {account}",
            $"Remediator: {what} in {count} tables of {document.VpcId}, {account}",
            $"Remediator: {what} in {document.VpcId}, {account}",
        ]);
    }

    private static string What(NotificationOutcome kind, bool plural) => kind switch
    {
        NotificationOutcome.Remediated => "IPv6 exposure remediated",
        NotificationOutcome.Detected => "IPv6 exposure detected",
        NotificationOutcome.NeedsDedicatedRouteTable => plural ? "IPv6 exposure on shared route tables" : "IPv6 exposure on a shared route table",
        _ => "IPv6 exposure NOT remediated",
    };

    /// <summary>The first candidate that fits; ids EC2 never issues could still overflow the last, which is then cut.</summary>
    private static string Fitted(IReadOnlyList<string> candidates)
    {
        var printable = candidates.Select(c => new string([.. c.Select(ch => ch is >= ' ' and <= '~' ? ch : '?')])).ToList();
        return printable.FirstOrDefault(s => s.Length <= Notification.MaxSubjectLength)
               ?? printable[^1][..(Notification.MaxSubjectLength - 3)] + "...";
    }
}
