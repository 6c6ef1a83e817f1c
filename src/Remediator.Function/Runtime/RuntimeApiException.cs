namespace Remediator.Function.Runtime;

/// <summary>The Runtime API answered with an error status; a 500 means the container is broken.</summary>
internal sealed class RuntimeApiException(string message, int status) : Exception(message)
{
    public int Status { get; } = status;

    public bool ContainerIsBroken => Status >= 500;
}
