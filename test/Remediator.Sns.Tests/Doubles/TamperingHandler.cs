using System.Text;

namespace Remediator.Sns.Tests.Doubles;

/// <summary>
/// Sits under the signing handler and changes the message after it was signed, as a man in the middle would:
/// <c>hello</c> becomes <c>HELLO</c>. The length, and so every signed header (<c>X-Amz-Content-SHA256</c>
/// included, which still holds the hash of the original body), stays the same: only a verifier that hashes
/// the body it received can tell.
/// </summary>
internal sealed class TamperingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        var headers = request.Content.Headers.ToList();
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.Replace("hello", "HELLO", StringComparison.Ordinal)));
        foreach (var (name, values) in headers)
        {
            request.Content.Headers.TryAddWithoutValidation(name, values);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
