using Remediator.Cli.Tests.Doubles;

namespace Remediator.Cli.Tests.Scanning;

/// <summary>The flags of an organization scan, refused before any credential, file of the network or AWS call is read.</summary>
public sealed class ScanOptionsCheckTests
{
    [Theory]
    [InlineData("--accounts 444455556666", "--accounts needs --role-name NAME, the role to assume in each account.")]
    [InlineData("--accounts-file accounts.txt", "--accounts-file needs --role-name NAME, the role to assume in each account.")]
    [InlineData("--role-name RemediatorMember", "--role-name needs the accounts to scan: --accounts ID,ID or --accounts-file FILE.")]
    [InlineData("--external-id org-7f3a", "--external-id is only used with --role-name.")]
    [InlineData("--role-name Remediator/Member --accounts 444455556666", "--role-name 'Remediator/Member' is not an IAM role name (1-64 of letters, digits and +=,.@_-).")]
    [InlineData("--role-name RemediatorMember --accounts 444455556666,44445555666", "--accounts: '44445555666' is not an AWS account id (12 digits, e.g. 111122223333).")]
    [InlineData("--role-name RemediatorMember --accounts , --accounts ,", "--accounts names no account: give 12-digit ids, comma-separated or one a line.")]
    [InlineData("--role-name RemediatorMember --accounts 444455556666 --external-id x", "--external-id must be 2-1224 of letters, digits and +=,.@:/_-.")]
    [InlineData("--role-name RemediatorMember --accounts 444455556666 --concurrency 0", "--concurrency must be 1 to 64, not 0.")]
    [InlineData("--role-name RemediatorMember --accounts 444455556666 --concurrency 65", "--concurrency must be 1 to 64, not 65.")]
    [InlineData(
        "--world events/sample-world --role-name RemediatorMember --accounts 444455556666",
        "--role-name, --accounts and --accounts-file are for live scans of an organization; a scan of a world (--world) is offline.")]
    public async Task A_flag_an_organization_scan_cannot_use_is_one_line_naming_it(string flags, string message)
    {
        var run = await Cli.RunAsync(["scan", .. flags.Split(' ')]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {message}", run.OneErrorLine());
    }

    [Fact]
    public async Task A_bad_line_of_the_accounts_file_is_named_by_the_file_and_its_line_number()
    {
        var (run, file) = await ScanWithAccountsFileAsync("# payments\n444455556666\n\n4444-5555-6666  # analytics\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"error: --accounts-file {file} line 4: '4444-5555-6666' is not an AWS account id (12 digits, e.g. 111122223333).",
            run.OneErrorLine());
    }

    [Fact]
    public async Task An_accounts_file_that_cannot_be_read_is_one_line_naming_it()
    {
        var (run, file) = await ScanWithAccountsFileAsync(null);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: --accounts-file {file} cannot be read: ", run.OneErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_accounts_file_of_only_comments_names_no_account()
    {
        var (run, _) = await ScanWithAccountsFileAsync("# nothing yet\n\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: --accounts-file names no account: give 12-digit ids, comma-separated or one a line.", run.OneErrorLine());
    }

    [Fact]
    public async Task Help_documents_exit_code_3_and_that_an_exposure_wins_over_it()
    {
        var run = await Cli.RunAsync("scan", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(
            "With --role-name, scan exits 3 when some accounts or regions could not be scanned and the others hold no exposure (2 wins over 3).",
            run.Out,
            StringComparison.Ordinal);
    }

    /// <param name="content">The file's text; absent: there is no such file.</param>
    private static async Task<(CliRun Run, string File)> ScanWithAccountsFileAsync(string? content)
    {
        using var temp = new TempFolder();
        var file = temp.New("accounts.txt");
        if (content is not null)
        {
            await File.WriteAllTextAsync(file, content);
        }

        return (await Cli.RunAsync("scan", "--role-name", "RemediatorMember", "--accounts-file", file), file);
    }
}
