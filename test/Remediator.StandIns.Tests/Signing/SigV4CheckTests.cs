using Amazon.Runtime.Internal.Auth;
using Remediator.StandIns.Signing;

namespace Remediator.StandIns.Tests.Signing;

/// <summary>The stand-in's verifier is trusted only as far as it reproduces AWS's published SigV4 test suite.</summary>
public sealed class SigV4CheckTests
{
    private const string EmptyBodySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    [Fact]
    public void The_canonical_request_and_signature_reproduce_the_get_vanilla_test_vector()
    {
        KeyValuePair<string, string>[] headers = [new("host", "example.amazonaws.com"), new("x-amz-date", "20150830T123600Z")];

        var canonical = CanonicalRequest.Build("GET", "/", headers, EmptyBodySha256);
        var signature = AWS4Signer.ComputeSignature(
            "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1",
            new DateTime(2015, 8, 30, 12, 36, 0, DateTimeKind.Utc), "service", "host;x-amz-date", canonical);

        Assert.Equal("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" + EmptyBodySha256, canonical);
        Assert.Equal("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", signature.Signature);
    }

    [Fact]
    public void Header_values_are_trimmed_and_inner_runs_of_spaces_collapsed()
    {
        var canonical = CanonicalRequest.Build("POST", "/", [new("my-header", "  a   b  c ")], EmptyBodySha256);

        Assert.Contains("\nmy-header:a b c\n", canonical, StringComparison.Ordinal);
    }

    [Fact]
    public void The_query_is_sorted_by_name_then_value()
    {
        var canonical = CanonicalRequest.Build("GET", "/?b=2&a=2&a=1", [], EmptyBodySha256);

        Assert.StartsWith("GET\n/\na=1&a=2&b=2\n", canonical, StringComparison.Ordinal);
    }
}
