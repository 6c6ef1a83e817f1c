using Remediator.Judgement;

namespace Remediator.Cli.Invoking;

/// <summary>The options of <c>remediator invoke</c>, as parsed.</summary>
/// <param name="World">The offline world folder; absent for a live run.</param>
/// <param name="Out">Where an offline <c>--apply</c> writes the resulting world.</param>
/// <param name="Rules">How subnets are classified: the function's defaults, or a deployment's (--exempt-tag …, --samconfig).</param>
internal sealed record InvokeOptions(
    string EventFile,
    string? World,
    bool Apply,
    string? Out,
    bool Notify,
    string? TopicArn,
    string? Profile,
    string? Region,
    bool Verbose,
    ClassificationRules Rules);
