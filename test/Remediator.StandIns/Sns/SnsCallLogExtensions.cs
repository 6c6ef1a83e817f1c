using Remediator.StandIns.Calls;

namespace Remediator.StandIns.Sns;

public static class SnsCallLogExtensions
{
    extension(CallLog<SnsCall> calls)
    {
        /// <summary>The calls that passed signature verification and published a message.</summary>
        public IReadOnlyList<SnsCall> Published => [.. calls.All.Where(c => c.MessageId is not null)];
    }
}
