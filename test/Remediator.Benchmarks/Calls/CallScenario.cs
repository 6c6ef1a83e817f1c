using Remediator.Network;

namespace Remediator.Benchmarks.Calls;

/// <summary>One row of the calls table: a world, the event that arrives in it, and the budget the tests assert.</summary>
/// <param name="Budget">What test/Remediator.Ec2.Tests/CallBudgetTests.cs asserts for this trigger, in words.</param>
internal sealed record CallScenario(string Trigger, string Sample, NetworkSnapshot World, IReadOnlyList<string> Events, string Budget);
