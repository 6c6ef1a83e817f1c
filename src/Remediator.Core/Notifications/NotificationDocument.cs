using System.Text.Json.Serialization;

namespace Remediator.Notifications;

/// <summary>
/// The machine-readable notification (the SNS <c>default</c> message): one VPC, one triggering event.
/// Fields are added, never renamed or removed, within a schema version; the README documents each one.
/// </summary>
public sealed record NotificationDocument(
    [property: JsonPropertyName("schemaVersion")] string SchemaVersion,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("account")] string Account,
    [property: JsonPropertyName("region")] string Region,
    [property: JsonPropertyName("vpcId")] string VpcId,
    [property: JsonPropertyName("exposureWindowSeconds")] double? ExposureWindowSeconds,
    [property: JsonPropertyName("event")] EventDocument Event,
    [property: JsonPropertyName("egressOnlyInternetGateway")] GatewayDocument? EgressOnlyInternetGateway,
    [property: JsonPropertyName("routeTables")] IReadOnlyList<RouteTableDocument> RouteTables,
    [property: JsonPropertyName("routeTablesOmitted")] int RouteTablesOmitted,
    [property: JsonPropertyName("exemptionTag")] TagDocument ExemptionTag,
    [property: JsonPropertyName("revertCommands")] IReadOnlyList<string> RevertCommands,
    [property: JsonPropertyName("fixCommands")] IReadOnlyList<string> FixCommands,
    [property: JsonPropertyName("inboundIpv6")] string InboundIpv6)
{
    public const string CurrentSchemaVersion = "1";
}

public sealed record EventDocument(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("time")] string Time,
    [property: JsonPropertyName("actorArn")] string? ActorArn,
    [property: JsonPropertyName("actorType")] string? ActorType,
    [property: JsonPropertyName("invokedBy")] string? InvokedBy,
    [property: JsonPropertyName("sourceIpAddress")] string? SourceIpAddress,
    [property: JsonPropertyName("userAgent")] string? UserAgent);

/// <param name="Id">Absent in detect mode when the VPC has no EIGW yet (one would be created).</param>
public sealed record GatewayDocument(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("created")] bool Created);

public sealed record RouteTableDocument(
    [property: JsonPropertyName("routeTableId")] string RouteTableId,
    [property: JsonPropertyName("main")] bool Main,
    [property: JsonPropertyName("decision")] string Decision,
    [property: JsonPropertyName("routes")] IReadOnlyList<RouteDocument> Routes,
    [property: JsonPropertyName("subnets")] IReadOnlyList<SubnetDocument> Subnets,
    [property: JsonPropertyName("subnetsOmitted")] int SubnetsOmitted);

/// <param name="Destination">An IPv6 CIDR, or a prefix list id (then <paramref name="PrefixList"/> says what it holds).</param>
/// <param name="Status">replaced, gone, failed, planned (detect mode) or unchanged (not for Remediator to change).</param>
/// <param name="PrefixList">Null for a CIDR destination.</param>
public sealed record RouteDocument(
    [property: JsonPropertyName("destination")] string Destination,
    [property: JsonPropertyName("before")] string Before,
    [property: JsonPropertyName("after")] string? After,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("replacedAt")] string? ReplacedAt,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("prefixList")] PrefixListDocument? PrefixList);

/// <summary>The IPv6 prefix list a route sends to the internet gateway: the prefixes that could reach the subnets.</summary>
/// <param name="OwnerId">The owning account, or AWS for an AWS-managed list.</param>
public sealed record PrefixListDocument(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("ownerId")] string OwnerId,
    [property: JsonPropertyName("cidrs")] IReadOnlyList<string> Cidrs,
    [property: JsonPropertyName("cidrsOmitted")] int CidrsOmitted);

/// <param name="InboundIpv6">reachable, blocked (by VPC Block Public Access) or unknown; the reason names the mode and exclusion.</param>
public sealed record SubnetDocument(
    [property: JsonPropertyName("subnetId")] string SubnetId,
    [property: JsonPropertyName("classification")] string Classification,
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("ipv6Cidrs")] IReadOnlyList<string> Ipv6Cidrs,
    [property: JsonPropertyName("inboundIpv6")] string InboundIpv6,
    [property: JsonPropertyName("inboundIpv6Reason")] string InboundIpv6Reason);

public sealed record TagDocument(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("value")] string Value);
