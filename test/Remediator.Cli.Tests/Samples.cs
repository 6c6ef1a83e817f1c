using Remediator.StandIns.Samples;

namespace Remediator.Cli.Tests;

/// <summary>The repository's sample events and sample world, copied beside the tests.</summary>
internal static class Samples
{
    public const string PrivateTable = "rtb-0b2c3d4e5f6071829";
    public const string MainTable = "rtb-0a1b2c3d4e5f60718";
    public const string InternetGateway = "igw-0c3d4e5f60718293a";
    public const string EgressGateway = "eigw-0d4e5f60718293a4b";

    public static string World => SampleEvents.Path("sample-world");

    public static string Event(string name) => SampleEvents.Path(name);
}
