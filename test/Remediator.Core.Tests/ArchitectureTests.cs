using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Remediator.Triggers;

namespace Remediator.Tests;

/// <summary>
/// The core decides; it never waits, reads, writes or looks at the clock. These tests read the compiled
/// assembly, so a forbidden dependency fails here however it was written (a field, a local, a static call).
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Core = typeof(TriggerParser).Assembly;

    /// <summary>Types whose use means I/O, time or ambient state.</summary>
    private static readonly string[] Forbidden =
    [
        "System.IO.TextWriter", "System.IO.TextReader", "System.IO.Stream", "System.IO.File", "System.IO.Directory",
        "System.Console", "System.Environment", "System.TimeProvider", "System.Net.Http.HttpClient",
        "System.Threading.Tasks.Parallel", "System.Threading.Thread",
    ];

    [Fact]
    public void The_decision_core_depends_on_no_AWS_SDK_assembly()
    {
        var references = Core.GetReferencedAssemblies().Select(a => a.Name ?? "");

        Assert.DoesNotContain(references, name => name.StartsWith("AWSSDK", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_decision_core_uses_no_writer_stream_http_client_clock_or_environment()
    {
        var used = ReferencedTypeNames().Intersect(Forbidden, StringComparer.Ordinal).ToList();

        Assert.Empty(used);
    }

    [Fact]
    public void No_public_member_of_the_decision_core_returns_a_task()
    {
        var asynchronous = Core.GetExportedTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Select(method => (Member: $"{type.FullName}.{method.Name}", method.ReturnType))
                .Concat(type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Select(property => (Member: $"{type.FullName}.{property.Name}", ReturnType: property.PropertyType))))
            .Where(member => IsTask(member.ReturnType))
            .Select(member => member.Member);

        Assert.Empty(asynchronous);
    }

    private static bool IsTask(Type type) =>
        typeof(Task).IsAssignableFrom(type)
        || type == typeof(ValueTask)
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>));

    /// <summary>
    /// Every type the compiled core refers to outside itself, by full name. The compiler's own iterators read
    /// <c>Environment.CurrentManagedThreadId</c>; that alone does not count as using the environment.
    /// </summary>
    private static List<string> ReferencedTypeNames()
    {
        using var stream = File.OpenRead(Core.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        string NameOf(TypeReferenceHandle handle)
        {
            var reference = metadata.GetTypeReference(handle);
            return $"{metadata.GetString(reference.Namespace)}.{metadata.GetString(reference.Name)}";
        }

        var iteratorOnly = metadata.MemberReferences
            .Select(metadata.GetMemberReference)
            .Where(member => member.Parent.Kind == HandleKind.TypeReference)
            .GroupBy(member => NameOf((TypeReferenceHandle)member.Parent), StringComparer.Ordinal)
            .Where(members => members.All(member => metadata.GetString(member.Name) == "get_CurrentManagedThreadId"))
            .Select(members => members.Key)
            .ToHashSet(StringComparer.Ordinal);
        return [.. metadata.TypeReferences.Select(NameOf).Where(name => !iteratorOnly.Contains(name))];
    }
}
