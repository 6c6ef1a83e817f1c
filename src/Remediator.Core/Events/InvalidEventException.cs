namespace Remediator.Events;

/// <summary>Carries an <see cref="InvalidEvent"/> out of a nested read to the point that reports it.</summary>
public sealed class InvalidEventException(InvalidEvent invalid) : Exception(invalid.Message)
{
    public InvalidEvent Invalid { get; } = invalid;
}
