namespace Remediator.StandIns.Calls;

/// <summary>What every stand-in records of a call: when it came, and what it asked for.</summary>
public interface IStandInCall
{
    /// <summary>1 for the first call the stand-in received, 2 for the next…</summary>
    int Ordinal { get; }

    /// <summary>The API action or operation asked for, e.g. <c>DescribeRouteTables</c>, <c>Publish</c>, <c>SendMessage</c>.</summary>
    string Action { get; }
}
