using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Remediator.Events;
using Remediator.Network;

namespace Remediator.Triggers;

/// <summary>
/// ModifyManagedPrefixList and RestoreManagedPrefixListVersion, which change a prefix list's entries. A list
/// holds one address family, so only added IPv6 entries can widen what a route of the list to an internet
/// gateway lets in; removing entries, renaming or resizing the list cannot. A restored version's entries are not
/// in the event, so a restore is always a reason to look.
/// </summary>
/// <remarks>
/// These newer EC2 actions are logged with the request wrapped and in EC2's own spelling, e.g.
/// <c>{"ModifyManagedPrefixListRequest": {"PrefixListId": "pl-…", "AddEntry": {"cidr": "…", "Description": "…", "tag": "1"}}}</c>:
/// one entry is an object, several an array.
/// </remarks>
internal static class PrefixListEvents
{
    public static ParsedEvent InterpretModify(EventOrigin origin, EventField request)
    {
        var parameters = request.RequireObject()["ModifyManagedPrefixListRequest"].RequireObject();
        var listId = parameters["PrefixListId"].RequiredId(ResourceId.IsPrefixList, "a prefix list");
        var added = OneOrMany(parameters["AddEntry"]).Select(Cidr).ToList();
        if (added.Any(c => c.BaseAddress.AddressFamily == AddressFamily.InterNetworkV6))
        {
            return new Triggered(new Trigger(origin, [new PrefixListScope(listId)]));
        }

        return added.Count > 0
            ? new Ignored($"{origin.EventName} of {listId} adds only IPv4 entries, and a prefix list holds one address family", origin)
            : new Ignored($"{origin.EventName} of {listId} adds no entry: removing entries, renaming or resizing a list can close an exposure, not open one", origin);
    }

    public static ParsedEvent InterpretRestore(EventOrigin origin, EventField request)
    {
        var parameters = request.RequireObject()["RestoreManagedPrefixListVersionRequest"].RequireObject();
        var listId = parameters["PrefixListId"].RequiredId(ResourceId.IsPrefixList, "a prefix list");
        return new Triggered(new Trigger(origin, [new PrefixListScope(listId)]));
    }

    private static List<EventField> OneOrMany(EventField field) => field.Value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => [],
        JsonValueKind.Object => [field],
        JsonValueKind.Array => field.Value.EnumerateArray().Select((item, i) => new EventField(item, $"{field.Path}[{i}]")).ToList(),
        _ => throw field.Invalid($"must be an object or an array, found {EventField.Describe(field.Value)}"),
    };

    private static IPNetwork Cidr(EventField entry)
    {
        var fields = entry.RequireObject();

        // The one logged record spells it "cidr"; EC2's API spells it "Cidr".
        var cidr = fields["cidr"].IsPresent ? fields["cidr"] : fields["Cidr"];
        var text = cidr.RequiredString();
        return IPNetwork.TryParse(text, out var network) ? network : throw cidr.Invalid($"is not a CIDR: '{EventValues.Truncated(text)}'");
    }
}
