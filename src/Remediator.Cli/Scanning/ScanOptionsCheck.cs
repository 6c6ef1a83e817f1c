using System.Globalization;
using Remediator.Aws.Accounts;
using Remediator.Cli.Hosting;

namespace Remediator.Cli.Scanning;

/// <summary>
/// Refuses combinations of scan options that would not do what they seem to, before any credential or file of the
/// network is read, with one message naming the flag: a world is offline, an organization scan needs both the role
/// and the accounts, and every account id and the role name are checked as IAM and STS would.
/// </summary>
internal static class ScanOptionsCheck
{
    /// <returns>The organization scan's scope; <c>null</c> for a scan of the caller's own account or of a world.</returns>
    /// <exception cref="BadInputException">The first problem found.</exception>
    public static OrganizationScope? Check(ScanOptions options)
    {
        var accountsFlag = options.Accounts.Count > 0 ? "--accounts" : options.AccountsFile is not null ? "--accounts-file" : null;
        var organization = options.RoleName is not null || accountsFlag is not null || options.ExternalId is not null;
        var problem =
            options.World is not null && (options.Profile is not null || options.Regions.Count > 0)
                ? "--profile and --region are for live scans; a scan of a world (--world) is offline."
            : options.World is not null && organization
                ? "--role-name, --accounts and --accounts-file are for live scans of an organization; a scan of a world (--world) is offline."
            : options.Concurrency is < 1 or > ScanOptions.MaxConcurrency
                ? string.Create(CultureInfo.InvariantCulture, $"--concurrency must be 1 to {ScanOptions.MaxConcurrency}, not {options.Concurrency}.")
            : options.RoleName is null && accountsFlag is not null
                ? $"{accountsFlag} needs --role-name NAME, the role to assume in each account."
            : options.RoleName is null && options.ExternalId is not null
                ? "--external-id is only used with --role-name."
            : options.RoleName is not null && accountsFlag is null
                ? "--role-name needs the accounts to scan: --accounts ID,ID or --accounts-file FILE."
            : options.RoleName is { } name && !MemberRole.IsName(name)
                ? $"--role-name '{name}' is not an IAM role name ({MemberRole.NameRule})."
            : options.ExternalId is { } id && !MemberRole.IsExternalId(id)
                ? $"--external-id must be {MemberRole.ExternalIdRule}."
            : null;
        if (problem is not null)
        {
            throw new BadInputException(problem);
        }

        if (options.RoleName is not { } roleName)
        {
            return null;
        }

        var accounts = AccountList.Read(options.Accounts, options.AccountsFile);
        return accounts.Count > 0
            ? new OrganizationScope(new MemberRole(roleName, options.ExternalId), accounts)
            : throw new BadInputException($"{accountsFlag} names no account: give 12-digit ids, comma-separated or one a line.");
    }
}
