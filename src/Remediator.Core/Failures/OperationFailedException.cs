namespace Remediator.Failures;

/// <summary>Carries a classified <see cref="OperationFailure"/> out of an adapter.</summary>
public sealed class OperationFailedException(OperationFailure failure, Exception? inner = null)
    : Exception(failure.Description, inner)
{
    public OperationFailure Failure { get; } = failure;
}
