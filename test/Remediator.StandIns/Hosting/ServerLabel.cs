namespace Remediator.StandIns.Hosting;

/// <summary>How a server's timeline entries name it: its URL's authority, known only once it listens.</summary>
internal sealed class ServerLabel
{
    public string Value { get; set; } = "";
}
