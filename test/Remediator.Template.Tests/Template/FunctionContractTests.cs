using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Remediator.Judgement;
using Remediator.Template.Tests.Loading;

namespace Remediator.Template.Tests.Template;

/// <summary>What the function's code and build expect of the template, and the template of them.</summary>
public sealed class FunctionContractTests
{
    private const string FunctionId = "RemediatorFunction";

    /// <summary>The variables the function reads (src/Remediator.Function/Configuration), each from a parameter or a resource.</summary>
    private static readonly string[] EnvironmentContract =
    [
        "MODE", "TOPIC_ARN", "UNDELIVERED_QUEUE_URL", "EXEMPT_TAG", "PUBLIC_TAGS", "PRIVATE_TAGS",
        "NAME_WORDS", "IPV4_EGRESS_HEURISTIC", "DNS64_HEURISTIC", "LOG_LEVEL", "MEMBER_ROLE_NAME", "MEMBER_ROLE_EXTERNAL_ID", "ENDPOINT_URL",

        // Read by .NET itself when it first validates a certificate chain: the process's certificate store.
        "SSL_CERT_FILE", "SSL_CERT_DIR",
    ];

    /// <summary>Where the Makefile puts the Amazon Trust Services roots in the artifact, which Lambda unpacks into /var/task.</summary>
    private const string TrustFolder = "/var/task/trust";

    private static TemplateDocument Template => TemplateDocument.Central;

    private static JsonObject Function => TemplateDocument.Properties(Template.Resource(FunctionId));

    [Fact]
    public void The_function_is_a_native_bootstrap_on_the_OS_only_runtime_unless_the_managed_one_is_chosen()
    {
        Assert.Equal("AWS::Serverless::Function", (string?)Template.Resource(FunctionId)["Type"]);
        var runtime = Intrinsics.RefName(Function["Runtime"]);
        Assert.Equal("FunctionRuntime", runtime);
        var parameter = Assert.IsType<JsonObject>(Template.Parameters[runtime!]);
        Assert.Equal("provided.al2023", (string?)parameter["Default"]);
        Assert.Equal(["provided.al2023", "dotnet10"], Assert.IsType<JsonArray>(parameter["AllowedValues"]).Select(v => (string?)v));
        Assert.Equal("bootstrap", (string?)Function["Handler"]);
        Assert.Equal("src/Remediator.Function/", (string?)Function["CodeUri"]);
        Assert.Equal("makefile", (string?)Template.Resource(FunctionId)["Metadata"]?["BuildMethod"]);
    }

    [Fact]
    public void The_architecture_is_a_parameter_of_x86_64_or_arm64()
    {
        var architectures = Assert.IsType<JsonArray>(Function["Architectures"]);
        var parameter = Intrinsics.RefName(Assert.Single(architectures));

        Assert.NotNull(parameter);
        Assert.Equal(["x86_64", "arm64"], Json.Texts(Template.Parameters[parameter]?["AllowedValues"]));
    }

    [Fact]
    public void Memory_and_timeout_are_set_within_what_the_retries_need()
    {
        var memory = Json.Number(Function["MemorySize"]);
        var timeout = Json.Number(Function["Timeout"]);

        Assert.InRange(memory ?? 0, 256m, 1769m);
        // Four EC2 attempts of up to 10 s with backoff, plus the SNS publish, must fit; more only delays the retry.
        Assert.InRange(timeout ?? 0, 45m, 120m);
    }

    [Fact]
    public void Every_environment_variable_the_function_reads_is_set()
    {
        var variables = Function["Environment"]?["Variables"] as JsonObject ?? [];

        Assert.Equal(EnvironmentContract.Order(StringComparer.Ordinal), variables.Select(v => v.Key).Order(StringComparer.Ordinal));
        // Each is the template's: a reference, or the choice of one of its conditions.
        Assert.All(variables, v => Assert.True(
            Intrinsics.ReferencedNames(v.Value).Any() || (Json.Text(v.Value?["Fn::If"]?[0]) is { } condition && Template.Conditions.ContainsKey(condition)),
            $"{v.Key} should come from a parameter, a resource or a condition."));
    }

    [Fact]
    public void With_Amazon_Trust_Services_chosen_the_process_trusts_the_roots_the_build_ships_and_nothing_else()
    {
        var variables = Function["Environment"]?["Variables"];
        var file = variables?["SSL_CERT_FILE"]?["Fn::If"] as JsonArray;
        var folder = variables?["SSL_CERT_DIR"]?["Fn::If"] as JsonArray;
        var makefile = File.ReadAllText(Repository.PathOf("src/Remediator.Function/Makefile"));

        Assert.Equal("TrustsAmazonRootsOnly", Json.Text(file?[0]));
        Assert.Equal($"{TrustFolder}/amazon-trust-services.pem", Json.Text(file?[1]));
        // With TrustedRoots System, OpenSSL's own defaults on Amazon Linux 2023: never empty, which would trust nothing.
        Assert.Equal("/etc/pki/tls/cert.pem", Json.Text(file?[2]));
        Assert.Equal("TrustsAmazonRootsOnly", Json.Text(folder?[0]));
        // The folder too: .NET would otherwise also load the system's certificate folder.
        Assert.Equal(TrustFolder, Json.Text(folder?[1]));
        Assert.Equal("/etc/pki/tls/certs", Json.Text(folder?[2]));
        Assert.Contains("cp trust/amazon-trust-services.pem \"$(ARTIFACTS_DIR)/trust/\"", makefile, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(makefile, "cp trust/amazon-trust-services.pem"));
    }

    [Fact]
    public void The_shipped_roots_are_the_five_of_Amazon_Trust_Services_each_a_self_signed_CA()
    {
        var roots = new X509Certificate2Collection();
        roots.ImportFromPemFile(Repository.PathOf("src/Remediator.Function/trust/amazon-trust-services.pem"));

        Assert.Equal(
            ["Amazon Root CA 1", "Amazon Root CA 2", "Amazon Root CA 3", "Amazon Root CA 4", "Starfield Services Root Certificate Authority - G2"],
            roots.Select(r => r.GetNameInfo(X509NameType.SimpleName, forIssuer: false)));
        Assert.All(roots, r =>
        {
            Assert.Equal(r.Subject, r.Issuer);
            Assert.True(r.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
            Assert.True(r.NotAfter.Year >= 2037, $"{r.Subject} expires {r.NotAfter:yyyy-MM-dd}.");
        });
    }

    [Fact]
    public void Amazon_Trust_Services_is_the_default_except_in_the_China_partition()
    {
        var parameter = Template.Parameters["TrustedRoots"];
        var condition = Template.Conditions["TrustsAmazonRootsOnly"]?["Fn::And"] as JsonArray;

        Assert.Equal("AmazonTrustServices", Json.Text(parameter?["Default"]));
        Assert.Equal(["AmazonTrustServices", "System"], Json.Texts(parameter?["AllowedValues"]));
        Assert.Contains("TrustedRoots", Intrinsics.ReferencedNames(condition?[0]));
        Assert.Contains("aws-cn", condition?[1]?.ToJsonString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void The_emulator_endpoint_is_declared_for_sam_local_and_absent_in_AWS()
    {
        Assert.True(Intrinsics.IsRef(Function["Environment"]?["Variables"]?["ENDPOINT_URL"], "AWS::NoValue"));
    }

    [Theory]
    [InlineData("TOPIC_ARN", "NotificationTopic", "AWS::SNS::Topic")]
    [InlineData("UNDELIVERED_QUEUE_URL", "DeadLetterQueue", "AWS::SQS::Queue")]
    public void Resource_variables_name_the_stacks_own_resources(string variable, string resource, string type)
    {
        Assert.True(Intrinsics.IsRef(Function["Environment"]?["Variables"]?[variable], resource), $"{variable} should be !Ref {resource}.");
        Assert.Equal(type, (string?)Template.Resource(resource)["Type"]);
    }

    [Fact]
    public void A_first_deploy_only_reports()
    {
        var mode = Template.Parameters["Mode"]!;

        Assert.True(Intrinsics.IsRef(Function["Environment"]?["Variables"]?["MODE"], "Mode"));
        Assert.Equal("detect", (string?)mode["Default"]);
        Assert.Equal(["remediate", "detect"], Json.Texts(mode["AllowedValues"]));
        Assert.Contains("first deploy", (string?)mode["Description"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EXEMPT_TAG")]
    [InlineData("PUBLIC_TAGS")]
    [InlineData("PRIVATE_TAGS")]
    [InlineData("NAME_WORDS")]
    [InlineData("IPV4_EGRESS_HEURISTIC")]
    [InlineData("DNS64_HEURISTIC")]
    public void Classification_defaults_are_the_functions_own(string variable)
    {
        var defaults = ClassificationRules.Default;
        var expected = variable switch
        {
            "EXEMPT_TAG" => defaults.Exemption.ToString(),
            "PUBLIC_TAGS" => string.Join(",", defaults.PublicTags),
            "PRIVATE_TAGS" => string.Join(",", defaults.PrivateTags),
            "NAME_WORDS" => $"{defaults.NameWords!.PrivateWord},{defaults.NameWords.PublicWord}",
            "IPV4_EGRESS_HEURISTIC" => defaults.Ipv4EgressHeuristic ? "true" : "false",
            _ => defaults.Dns64Heuristic ? "true" : "false",
        };
        var parameter = Intrinsics.RefName(Function["Environment"]?["Variables"]?[variable]);

        Assert.NotNull(parameter);
        Assert.Equal(expected, (string?)Template.Parameters[parameter]?["Default"]);
    }

    [Fact]
    public void The_Makefile_in_the_code_folder_has_the_target_sam_build_runs()
    {
        var makefile = File.ReadAllLines(Repository.PathOf(Path.Combine((string)Function["CodeUri"]!, "Makefile")));
        var target = $"build-{FunctionId}:";

        Assert.Contains(makefile, line => line.StartsWith(target, StringComparison.Ordinal));
        Assert.Contains(makefile, line => line.StartsWith('\t') && line.Contains("$(ARTIFACTS_DIR)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_build_metadata_points_at_the_Makefile_and_lets_the_project_see_its_siblings()
    {
        var metadata = Template.Resource(FunctionId)["Metadata"]!;
        var codeUri = ((string)Function["CodeUri"]!).TrimEnd('/');

        Assert.Equal(".", (string?)metadata["ProjectRootDirectory"]);
        Assert.Equal(codeUri, (string?)metadata["ContextPath"]);
        Assert.Equal(codeUri, (string?)metadata["WorkingDirectory"]);
    }

    [Fact]
    public void The_Makefile_ships_the_executable_the_project_builds_and_the_handler_names()
    {
        var folder = Repository.PathOf((string)Function["CodeUri"]!);
        var project = Path.Combine(folder, "Remediator.Function.csproj");
        var assemblyName = XDocument.Load(project).Descendants("AssemblyName").Select(e => e.Value).LastOrDefault()
            ?? Path.GetFileNameWithoutExtension(project);
        var makefile = File.ReadAllText(Path.Combine(folder, "Makefile"));

        Assert.Equal((string?)Function["Handler"], assemblyName);
        Assert.Contains($"EXECUTABLE := {assemblyName}\n", makefile, StringComparison.Ordinal);
        Assert.Contains("dotnet publish Remediator.Function.csproj", makefile, StringComparison.Ordinal);
        Assert.Contains("-p:PublishAot=true", makefile, StringComparison.Ordinal);
    }
}
