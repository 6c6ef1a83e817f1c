namespace Remediator.StandIns.Sns;

/// <summary>Carries an error out of the stand-in's checks to the answer.</summary>
public sealed class SnsStandInException(SnsStandInError error) : Exception($"{error.Code}: {error.Message}")
{
    public SnsStandInError Error { get; } = error;
}
