namespace Remediator.Template.Tests.Loading;

/// <summary>The repository the tests run in: found by walking up from the test binaries to Remediator.sln.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string PathOf(string relative) => Path.GetFullPath(Path.Combine(Root, relative));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Remediator.sln")) && File.Exists(Path.Combine(folder.FullName, "template.yaml")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds Remediator.sln and template.yaml.");
    }
}
