using Remediator.Outcomes;

namespace Remediator.Notifications;

/// <summary>
/// The subject line: outcome, resource and account at a glance, within SNS's 100 characters. Of a message about
/// several route tables (a sweep), the list of tables is what shortens, down to a count or to nothing; the VPC and
/// the account, which say where to look, are never cut. SNS accepts printable ASCII only, without line breaks, so
/// anything else is replaced.
/// </summary>
internal static class NotificationSubject
{
    public static string For(NotificationDocument document, NotificationOutcome kind)
    {
        var ids = document.RouteTables.Select(t => t.RouteTableId).ToList();
        var count = ids.Count + document.RouteTablesOmitted;
        var account = $"account {document.Account}";
        if (count == 1)
        {
            return Printable($"Remediator: {What(kind, plural: false)} in {ids[0]}, {account}");
        }

        var what = What(kind, plural: true);
        var candidates = Enumerable.Range(1, ids.Count).Reverse()
            .Select(shown => $"Remediator: {what} in {Tables(ids, shown, count)} of {document.VpcId}, {account}")
            .Append($"Remediator: {what} in {count} route tables of {document.VpcId}, {account}")
            .Append($"Remediator: {what} in {document.VpcId}, {account}")
            .Select(Printable);
        return candidates.FirstOrDefault(s => s.Length <= Notification.MaxSubjectLength) is { } subject
            ? subject
            : candidates.Last()[..(Notification.MaxSubjectLength - 3)] + "...";
    }

    private static string What(NotificationOutcome kind, bool plural) => kind switch
    {
        NotificationOutcome.Remediated => "IPv6 exposure remediated",
        NotificationOutcome.Detected => "IPv6 exposure detected",
        NotificationOutcome.NeedsDedicatedRouteTable => plural ? "IPv6 exposure on shared route tables" : "IPv6 exposure on a shared route table",
        _ => "IPv6 exposure NOT remediated",
    };

    /// <summary>"rtb-a, rtb-b and rtb-c" when all are shown; "rtb-a, rtb-b and 3 more" otherwise.</summary>
    private static string Tables(List<string> ids, int shown, int count) =>
        shown == count
            ? $"{string.Join(", ", ids.Take(shown - 1))} and {ids[shown - 1]}"
            : $"{string.Join(", ", ids.Take(shown))} and {count - shown} more";

    private static string Printable(string text) => new([.. text.Select(c => c is >= ' ' and <= '~' ? c : '?')]);
}
