using Remediator.Judgement;

namespace Remediator.Cli.Scanning;

/// <summary>The options of <c>remediator scan</c>, as parsed.</summary>
/// <param name="World">The offline world folder; absent for a live scan.</param>
/// <param name="Regions">The regions of a live scan; none for the default region.</param>
/// <param name="Accounts">The values of --accounts, each one or more comma-separated ids, as typed.</param>
/// <param name="AccountsFile">--accounts-file: one account id per line.</param>
/// <param name="RoleName">--role-name: the role assumed in each account; absent, the caller's own account is scanned.</param>
/// <param name="Concurrency">How many (account, region) pairs are read at once.</param>
internal sealed record ScanOptions(
    string? World,
    IReadOnlyList<string> Regions,
    string? Profile,
    bool Json,
    bool Verbose,
    ClassificationRules Rules,
    IReadOnlyList<string> Accounts,
    string? AccountsFile,
    string? RoleName,
    string? ExternalId,
    int Concurrency)
{
    public const int DefaultConcurrency = 8;
    public const int MaxConcurrency = 64;
}
