using Remediator.Function.Configuration;
using Remediator.Settings;

namespace Remediator.Function.Tests;

/// <summary>A valid function environment, with single variables changed or removed by a test.</summary>
internal sealed class FakeEnvironment : IEnvironment
{
    private readonly Dictionary<string, string?> variables = new(StringComparer.Ordinal)
    {
        ["AWS_LAMBDA_RUNTIME_API"] = "127.0.0.1:9001",
        ["AWS_REGION"] = "eu-west-1",
        ["MODE"] = "remediate",
        ["TOPIC_ARN"] = "arn:aws:sns:eu-west-1:111122223333:remediator",
        ["UNDELIVERED_QUEUE_URL"] = "https://sqs.eu-west-1.amazonaws.com/111122223333/remediator-dlq",
    };

    public FakeEnvironment With(string name, string? value)
    {
        variables[name] = value;
        return this;
    }

    public string? Read(string name) => variables.GetValueOrDefault(name);
}
