using Remediator.Aws.Accounts;
using Remediator.Settings;
using Remediator.Telemetry;

namespace Remediator.Function.Configuration;

/// <summary>Everything the function is told through its environment, validated once at init.</summary>
/// <param name="RuntimeApi">host:port of the Lambda Runtime API.</param>
/// <param name="Region">AWS_REGION: the region of every client, and the one requests are signed for.</param>
/// <param name="TopicArn">The SNS topic; absent under <c>sam local invoke</c> when the template's reference did not resolve to an ARN.</param>
/// <param name="UndeliveredQueueUrl">Where a notification that cannot be sent is kept (the dead-letter queue); absent as the topic may be.</param>
/// <param name="MemberRole">MEMBER_ROLE_NAME (and MEMBER_ROLE_EXTERNAL_ID): organization mode; absent, only the function's own account is served.</param>
/// <param name="FunctionName">AWS_LAMBDA_FUNCTION_NAME: the metrics' dimension, so that two stacks in one account keep theirs apart.</param>
/// <param name="EndpointUrl">ENDPOINT_URL: an emulator's endpoint for every AWS client (sam local with LocalStack); absent in AWS.</param>
/// <param name="SamLocal">AWS_SAM_LOCAL=true: run by <c>sam local invoke</c>, with the credentials SAM passes, in a container of its own.</param>
internal sealed record FunctionSettings(
    string RuntimeApi,
    string Region,
    string? TopicArn,
    string? UndeliveredQueueUrl,
    string FunctionName,
    RemediationSettings Remediation,
    LogLevel LogLevel,
    MemberRole? MemberRole = null,
    bool SamLocal = false,
    Uri? EndpointUrl = null);
