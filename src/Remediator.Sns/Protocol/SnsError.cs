using System.Net;

namespace Remediator.Sns.Protocol;

/// <summary>What SNS said when it refused a call: <c>ErrorResponse/Error/Code</c>, its message and request id.</summary>
/// <param name="Code">The error code, or <c>HTTP nnn</c> when the body was not SNS's error XML (a proxy, a load balancer).</param>
internal sealed record SnsError(HttpStatusCode Status, string Code, string Message, string? RequestId);
