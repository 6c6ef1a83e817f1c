namespace Remediator.Ec2.Shapes;

// A managed prefix list as EC2 describes it: DescribeManagedPrefixLists' `PrefixLists` and
// GetManagedPrefixListEntries' `Entries` (the SDK and `aws ec2 …` share these field names).

/// <param name="AddressFamily"><c>IPv4</c> or <c>IPv6</c>.</param>
/// <param name="OwnerId">An account id, or <c>AWS</c> for the lists AWS manages.</param>
public sealed record ManagedPrefixListShape(string? PrefixListId, string? PrefixListName, string? AddressFamily, string? OwnerId);

public sealed record PrefixListEntryShape(string? Cidr);
