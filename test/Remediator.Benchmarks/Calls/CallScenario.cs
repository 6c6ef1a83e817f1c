using Remediator.Network;

namespace Remediator.Benchmarks.Calls;

/// <summary>One row of the calls table: a world, the event that arrives in it, and the budget the tests assert.</summary>
/// <param name="Budget">What test/Remediator.Ec2.Tests/CallBudgetTests.cs asserts for this trigger, in words.</param>
/// <param name="FromMember">The events come from a member account: handled in organization mode (MemberHarness), in the member's copy of the world.</param>
/// <param name="Warm">The events are handled once before the count: what a warm invocation calls, credentials and clients kept.</param>
internal sealed record CallScenario(
    string Trigger, string Sample, NetworkSnapshot World, IReadOnlyList<string> Events, string Budget, bool FromMember = false, bool Warm = false);
