namespace Remediator.Cli.Tests.Doubles;

/// <summary>A folder of the test's own under the temp directory, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "remediator-cli-" + Guid.NewGuid().ToString("N"));

    /// <summary>A path inside this folder that does not exist yet.</summary>
    public string New(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
