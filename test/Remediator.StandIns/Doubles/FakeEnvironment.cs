using Remediator.Settings;

namespace Remediator.StandIns.Doubles;

/// <summary>
/// Environment variables from a dictionary, so that tests never read or change the process's own. Start
/// empty, from given variables, or from <see cref="ValidFunction"/>, and change single variables with
/// <see cref="With"/>.
/// </summary>
public sealed class FakeEnvironment : IEnvironment
{
    private readonly Dictionary<string, string?> variables = new(StringComparer.Ordinal);

    public FakeEnvironment(params (string Name, string Value)[] variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        foreach (var (name, value) in variables)
        {
            this.variables[name] = value;
        }
    }

    public FakeEnvironment(IEnumerable<KeyValuePair<string, string>> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        foreach (var (name, value) in variables)
        {
            this.variables[name] = value;
        }
    }

    /// <summary>What the function needs to start: a Runtime API, a region, a mode, a topic and a queue.</summary>
    public static FakeEnvironment ValidFunction() => new(
        ("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001"),
        ("AWS_REGION", "eu-west-1"),
        ("MODE", "remediate"),
        ("TOPIC_ARN", "arn:aws:sns:eu-west-1:111122223333:remediator"),
        ("UNDELIVERED_QUEUE_URL", "https://sqs.eu-west-1.amazonaws.com/111122223333/remediator-dlq"));

    /// <summary>Sets <paramref name="name"/>, or removes it for <c>null</c>.</summary>
    public FakeEnvironment With(string name, string? value)
    {
        variables[name] = value;
        return this;
    }

    public string? Read(string name) => variables.GetValueOrDefault(name);
}
