using Remediator.Aws.Accounts;

namespace Remediator.Cli.Scanning;

/// <summary>What an organization scan covers: the accounts, each read through the role assumed there.</summary>
/// <param name="Accounts">Twelve-digit ids, each once, in the order given.</param>
internal sealed record OrganizationScope(MemberRole Role, IReadOnlyList<string> Accounts);
