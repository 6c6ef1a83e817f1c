using System.Text;
using Remediator.Cli.Hosting;
using Remediator.Cli.Worlds;
using SharpFuzz;

namespace Remediator.Fuzzing;

/// <summary>
/// The world reader on one fuzzed file of an otherwise valid world. An input is the file's name on its first line,
/// then its bytes, so a crashing input says which file broke the reader. BadInputException is the reader's answer
/// to bad input; anything else thrown is a bug, because the CLI would print a stack trace instead of one line.
/// </summary>
internal static class WorldTarget
{
    public static int Run(string sampleWorld, string scratch)
    {
        // Instrumented code (WorldFile among it) may only run inside Fuzzer.Run, once the coverage map is mapped.
        Dictionary<string, byte[]>? originals = null;
        Fuzzer.Run(stream =>
        {
            originals ??= CopyWorld(sampleWorld, scratch);
            using var input = new MemoryStream();
            stream.CopyTo(input);
            var bytes = input.ToArray();
            var newline = Array.IndexOf(bytes, (byte)'\n');
            var name = newline < 0 ? "" : Encoding.UTF8.GetString(bytes, 0, newline);
            if (!originals.TryGetValue(name, out var original))
            {
                return;
            }

            var path = Path.Combine(scratch, name);
            File.WriteAllBytes(path, bytes[(newline + 1)..]);
            try
            {
                _ = WorldFolder.Read(scratch);
            }
            catch (BadInputException)
            {
                // The reader's one-line answer to a file it cannot use.
            }
            finally
            {
                // The next input fuzzes one file of the same valid world, whichever it names.
                File.WriteAllBytes(path, original);
            }
        });
        return 0;
    }

    /// <summary>The files a fuzzed input may name, each with its valid content, written to the scratch folder.</summary>
    private static Dictionary<string, byte[]> CopyWorld(string sampleWorld, string scratch)
    {
        string[] fuzzed =
        [
            .. WorldFile.All.Select(f => f.Name),
            WorldFile.BlockPublicAccessOptions.Name,
            WorldFile.BlockPublicAccessExclusions.Name,
        ];
        Directory.CreateDirectory(scratch);
        var originals = fuzzed.ToDictionary(name => name, name => File.ReadAllBytes(Path.Combine(sampleWorld, name)));
        foreach (var (name, bytes) in originals)
        {
            File.WriteAllBytes(Path.Combine(scratch, name), bytes);
        }

        return originals;
    }
}
