using System.Runtime.CompilerServices;

namespace Remediator.Tests.Notifications;

/// <summary>
/// Compares text with a file under Golden/. Run with REMEDIATOR_UPDATE_GOLDEN=1 to rewrite the files after
/// a deliberate change, then read the diff before committing it.
/// </summary>
internal static class GoldenFile
{
    public static void Matches(string name, string actual, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, "Golden", name);
        if (Environment.GetEnvironmentVariable("REMEDIATOR_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"Golden file {name} is missing; run the tests with REMEDIATOR_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
