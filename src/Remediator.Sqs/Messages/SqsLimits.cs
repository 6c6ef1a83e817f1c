namespace Remediator.Sqs.Messages;

/// <summary>SQS's limits on one <c>SendMessage</c>, as the SQS Developer Guide states them.</summary>
internal static class SqsLimits
{
    /// <summary>
    /// 256 KiB: the body plus every attribute's name, data type and value, in UTF-8 bytes. SQS has since
    /// allowed queues of up to 1 MiB, but 256 KiB is what every queue accepts unless told otherwise.
    /// </summary>
    public const int MaxMessageBytes = 262_144;

    /// <summary>The only data type we send; it counts against <see cref="MaxMessageBytes"/> like the rest.</summary>
    public const string StringType = "String";
}
