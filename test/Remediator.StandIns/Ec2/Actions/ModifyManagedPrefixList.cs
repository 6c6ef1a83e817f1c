using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Remediator.StandIns.Ec2.Protocol;
using Remediator.StandIns.Ec2.Xml;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>
/// ModifyManagedPrefixList: <c>PrefixListId</c>, <c>CurrentVersion</c> (when given it must be the current one),
/// <c>AddEntry.N.Cidr</c> and <c>RemoveEntry.N.Cidr</c>. An entry of the other address family is refused, as a
/// list holds one; a change of entries makes a new version. Renaming and resizing are accepted and forgotten.
/// </summary>
internal sealed class ModifyManagedPrefixList : IEc2Action
{
    public string Name => "ModifyManagedPrefixList";

    public Action<Ec2Xml> Handle(Ec2Request request, Ec2World world)
    {
        var id = request.Required("PrefixListId");
        var added = Cidrs(request, "AddEntry");
        var removed = Cidrs(request, "RemoveEntry");
        var changed = world.Change(s =>
        {
            var stored = s.PrefixLists.Find(id) ?? throw Ec2Error.PrefixListNotFound(id).ToException();
            if (request.Get("CurrentVersion") is { } version && version != stored.Version.ToString(CultureInfo.InvariantCulture))
            {
                throw Ec2Error.InvalidParameterValue($"The prefix list {id} has version {stored.Version}, not {version}.").ToException();
            }

            var family = stored.List.IsIpv6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork;
            if (added.Where(c => c.BaseAddress.AddressFamily != family).Select(c => (IPNetwork?)c).FirstOrDefault() is { } other)
            {
                throw Ec2Error.InvalidParameterValue($"The CIDR {other} is not of the address family of prefix list {id}.").ToException();
            }

            if (added.Count + removed.Count == 0)
            {
                return stored;
            }

            var cidrs = stored.List.Cidrs.Except(removed.Select(c => c.ToString())).Union(added.Select(c => c.ToString()));
            s.PrefixLists.Put(stored.List with { Cidrs = [.. cidrs] });
            return s.PrefixLists.Find(id)!;
        });
        return xml =>
        {
            xml.Start("prefixList");
            PrefixListXml.Write(xml, changed, "modify-in-progress");
            xml.End();
        };
    }

    private static List<IPNetwork> Cidrs(Ec2Request request, string prefix) =>
        [.. request.Indexed(prefix, ".").Select(i =>
        {
            var text = request.Required($"{prefix}.{i}.Cidr");
            return IPNetwork.TryParse(text, out var network)
                ? network
                : throw Ec2Error.InvalidParameterValue($"Value ({text}) for parameter {prefix}.{i}.Cidr is invalid.").ToException();
        })];
}
