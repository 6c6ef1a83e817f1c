using Remediator.Aws.Accounts;
using Remediator.Function.Configuration;
using Remediator.Judgement;
using Remediator.Planning;
using Remediator.Settings;
using Remediator.StandIns.Doubles;
using Remediator.Telemetry;

namespace Remediator.Function.Tests;

public sealed class SettingsReaderTests
{
    [Fact]
    public void Unset_optional_variables_take_the_documented_defaults()
    {
        var settings = FunctionSettingsReader.Read(FakeEnvironment.ValidFunction().With("MODE", null));

        Assert.Equal(Mode.Detect, settings.Remediation.Mode);
        Assert.Equal(ClassificationRules.Default, settings.Remediation.Rules);
        Assert.Equal(LogLevel.Info, settings.LogLevel);
    }

    [Theory]
    [InlineData("MODE", "fix", "must be remediate or detect, not 'fix'.")]
    [InlineData("AWS_REGION", null, "is not set.")]
    [InlineData("AWS_REGION", "Ireland", "is not a region name: 'Ireland'.")]
    [InlineData("TOPIC_ARN", null, "is not set.")]
    [InlineData("TOPIC_ARN", "remediator", "must be an SNS topic ARN")]
    [InlineData("TOPIC_ARN", "arn:aws:sqs:eu-west-1:111122223333:remediator", "must be an SNS topic ARN")]
    [InlineData("UNDELIVERED_QUEUE_URL", "remediator-dlq", "must be an SQS queue URL")]
    [InlineData("AWS_LAMBDA_RUNTIME_API", null, "is not set.")]
    [InlineData("EXEMPT_TAG", "remediator:exempt", "must hold key=value tags")]
    [InlineData("PRIVATE_TAGS", "Tier=private,internal", "must hold key=value tags, and 'internal' is not one.")]
    [InlineData("NAME_WORDS", "private", "must be 'privateword,publicword'")]
    [InlineData("IPV4_EGRESS_HEURISTIC", "yes", "must be true or false, not 'yes'.")]
    [InlineData("DNS64_HEURISTIC", "1", "must be true or false, not '1'.")]
    [InlineData("LOG_LEVEL", "verbose", "must be DEBUG, INFO, WARN or ERROR, not 'verbose'.")]
    [InlineData("MEMBER_ROLE_NAME", "Remediator Member", "must be an IAM role name (1-64 of letters, digits and +=,.@_-), not 'Remediator Member'.")]
    [InlineData("MEMBER_ROLE_EXTERNAL_ID", "x", "is set, but MEMBER_ROLE_NAME is not")]
    [InlineData("AWS_LAMBDA_LOG_LEVEL", "loud", "must be TRACE, DEBUG, INFO, WARN, ERROR or FATAL, not 'loud'.")]
    [InlineData("SSL_CERT_FILE", "", "names no file (''): the process would trust no certificate authority.")]
    [InlineData("SSL_CERT_FILE", "/var/task/trust/missing.pem", "names no file ('/var/task/trust/missing.pem')")]
    [InlineData("SSL_CERT_DIR", "/var/task/missing", "names no folder ('/var/task/missing')")]
    public void A_bad_setting_stops_the_function_with_one_message_naming_the_variable(string variable, string? value, string problem)
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => FunctionSettingsReader.Read(FakeEnvironment.ValidFunction().With(variable, value)));

        Assert.Equal(variable, error.Variable);
        Assert.StartsWith($"Environment variable {variable} {problem}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_store_that_exists_is_accepted()
    {
        var file = Path.GetTempFileName();
        try
        {
            var settings = FunctionSettingsReader.Read(FakeEnvironment.ValidFunction()
                .With("SSL_CERT_FILE", file)
                .With("SSL_CERT_DIR", Path.GetDirectoryName(file)));

            Assert.Equal("eu-west-1", settings.Region);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Tag_settings_and_switches_configure_the_classification()
    {
        var settings = FunctionSettingsReader.Read(FakeEnvironment.ValidFunction()
            .With("EXEMPT_TAG", "security/skip=yes")
            .With("PUBLIC_TAGS", "")
            .With("PRIVATE_TAGS", "zone=internal, Tier=private")
            .With("NAME_WORDS", "off")
            .With("IPV4_EGRESS_HEURISTIC", "FALSE")
            .With("DNS64_HEURISTIC", "true"));

        Assert.Equal(
            new ClassificationRules(new TagMatch("security/skip", "yes"), [], [new("zone", "internal"), new("Tier", "private")], null, false, true),
            settings.Remediation.Rules);
    }

    [Theory]
    [InlineData("DEBUG", "ERROR", LogLevel.Debug)]
    [InlineData("TRACE", null, LogLevel.Debug)]
    [InlineData("FATAL", "DEBUG", LogLevel.Error)]
    [InlineData(null, "WARN", LogLevel.Warn)]
    public void Lambdas_advanced_logging_level_wins_over_LOG_LEVEL(string? lambdaLevel, string? ourLevel, LogLevel expected)
    {
        var settings = FunctionSettingsReader.Read(FakeEnvironment.ValidFunction().With("AWS_LAMBDA_LOG_LEVEL", lambdaLevel).With("LOG_LEVEL", ourLevel));

        Assert.Equal(expected, settings.LogLevel);
    }

    /// <summary>What SAM CLI sets for the template's references when it runs the function locally (samcli/local/lambdafn/env_vars.py).</summary>
    [Theory]
    [InlineData("NotificationTopic", "DeadLetterQueue")]
    [InlineData("", "")]
    public void Under_sam_local_a_topic_and_queue_that_did_not_resolve_mean_none_instead_of_an_init_error(string topic, string queue)
    {
        var settings = FunctionSettingsReader.Read(FakeEnvironment.ValidFunction()
            .With("AWS_SAM_LOCAL", "true").With("TOPIC_ARN", topic).With("UNDELIVERED_QUEUE_URL", queue));

        Assert.True(settings.SamLocal);
        Assert.Null(settings.TopicArn);
        Assert.Null(settings.UndeliveredQueueUrl);
    }

    [Fact]
    public void Under_sam_local_a_real_topic_from_the_env_vars_file_is_used()
    {
        var settings = FunctionSettingsReader.Read(FakeEnvironment.ValidFunction()
            .With("AWS_SAM_LOCAL", "true").With("TOPIC_ARN", "arn:aws:sns:eu-west-1:111122223333:remediator-notifications"));

        Assert.Equal("arn:aws:sns:eu-west-1:111122223333:remediator-notifications", settings.TopicArn);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    public void Outside_sam_local_the_same_values_stop_the_function_naming_the_variable(string? samLocal)
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => FunctionSettingsReader.Read(FakeEnvironment.ValidFunction()
            .With("AWS_SAM_LOCAL", samLocal).With("TOPIC_ARN", "NotificationTopic")));

        Assert.Equal("TOPIC_ARN", error.Variable);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("http://host.docker.internal:4566", "http://host.docker.internal:4566/")]
    public void An_emulator_endpoint_is_taken_from_ENDPOINT_URL_and_an_empty_one_means_none(string? value, string? expected)
    {
        var settings = FunctionSettingsReader.Read(FakeEnvironment.ValidFunction().With("ENDPOINT_URL", value));

        Assert.Equal(expected, settings.EndpointUrl?.ToString());
    }

    [Fact]
    public void An_emulator_endpoint_that_is_not_a_URL_stops_the_function_naming_the_variable()
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => FunctionSettingsReader.Read(FakeEnvironment.ValidFunction().With("ENDPOINT_URL", "localstack")));

        Assert.Equal("ENDPOINT_URL", error.Variable);
    }

    [Fact]
    public void The_functions_name_becomes_its_metrics_dimension()
    {
        var settings = FunctionSettingsReader.Read(FakeEnvironment.ValidFunction().With("AWS_LAMBDA_FUNCTION_NAME", "remediator-RemediatorFunction-AbC123"));

        Assert.Equal("remediator-RemediatorFunction-AbC123", settings.FunctionName);
    }

    [Fact]
    public void Organization_mode_is_off_unless_a_member_role_is_named()
    {
        Assert.Null(FunctionSettingsReader.Read(FakeEnvironment.ValidFunction()).MemberRole);
    }

    [Fact]
    public void A_member_role_and_its_external_id_turn_organization_mode_on()
    {
        var settings = FunctionSettingsReader.Read(FakeEnvironment.ValidFunction()
            .With("MEMBER_ROLE_NAME", "RemediatorMember")
            .With("MEMBER_ROLE_EXTERNAL_ID", "org-7f3a"));

        Assert.Equal(new MemberRole("RemediatorMember", "org-7f3a"), settings.MemberRole);
        Assert.Equal("arn:aws-cn:iam::444455556666:role/RemediatorMember", settings.MemberRole!.ArnIn("aws-cn", "444455556666"));
    }
}
