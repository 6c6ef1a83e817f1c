using System.Text;
using Remediator.Outcomes;

namespace Remediator.Notifications;

/// <summary>
/// One SNS message: <see cref="Body"/> is the <c>MessageStructure=json</c> document whose <c>default</c>
/// is <see cref="DocumentJson"/> (for machines, and every protocol without its own entry) and whose
/// <c>email</c> is <see cref="EmailText"/>.
/// </summary>
public sealed record Notification(
    NotificationOutcome Outcome,
    string Subject,
    string DocumentJson,
    string EmailText,
    ValueList<KeyValuePair<string, string>> Attributes)
{
    /// <summary>SNS refuses a message over 256 KB, message attributes included.</summary>
    public const int MaxBytes = 262_144;

    /// <summary>SNS refuses a subject over 100 characters.</summary>
    public const int MaxSubjectLength = 100;

    public string Body => System.Text.Json.JsonSerializer.Serialize(
        new Dictionary<string, string> { ["default"] = DocumentJson, ["email"] = EmailText },
        NotificationJson.Body);

    public int BodyBytes => Encoding.UTF8.GetByteCount(Body);

    /// <summary>What SNS counts against its limit: the body, and each attribute's name, data type and value.</summary>
    public int SizeInBytes =>
        BodyBytes
        + Attributes.Sum(a => Encoding.UTF8.GetByteCount(a.Key) + "String".Length + Encoding.UTF8.GetByteCount(a.Value));
}
