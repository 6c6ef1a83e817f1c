using Remediator.Triggers;

namespace Remediator.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void The_decision_core_depends_on_no_AWS_SDK_assembly()
    {
        var references = typeof(TriggerParser).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");

        Assert.DoesNotContain(references, name => name.StartsWith("AWSSDK", StringComparison.OrdinalIgnoreCase));
    }
}
