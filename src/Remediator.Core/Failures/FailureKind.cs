namespace Remediator.Failures;

/// <summary>What a failed AWS call means for what to do next.</summary>
public enum FailureKind
{
    /// <summary>Throttling, 5xx, a dropped connection: the same call may succeed later, so the invocation is retried.</summary>
    Transient,

    /// <summary>The resource is gone since the event: nothing left to protect.</summary>
    NotFound,

    /// <summary>The function's role may not do this: retrying will not help, a person must.</summary>
    AccessDenied,

    /// <summary>Any other refusal: a bad parameter, a limit, a conflict.</summary>
    Permanent,
}
