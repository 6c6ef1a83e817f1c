using Remediator.StandIns.Calls;

namespace Remediator.StandIns.Sns;

/// <summary>One request the stand-in answered, as it arrived and as it was answered.</summary>
/// <param name="Form">The decoded form fields, e.g. <c>MessageAttributes.entry.1.Name</c>.</param>
/// <param name="Headers">The request headers as received (multi-valued ones joined with commas).</param>
/// <param name="SignatureValid">Whether SigV4 verification passed; an injected fault can still have answered it.</param>
public sealed record SnsCall(
    int Ordinal,
    IReadOnlyDictionary<string, string> Form,
    IReadOnlyDictionary<string, string> Headers,
    bool SignatureValid,
    int Status,
    string? ErrorCode,
    string? MessageId) : IStandInCall
{
    /// <summary>The form's <c>Action</c>, e.g. <c>Publish</c>; empty when it had none.</summary>
    public string Action => Field("Action") ?? "";

    public string? Field(string name) => Form.GetValueOrDefault(name);

    public string? Header(string name) => Headers.GetValueOrDefault(name);
}
