namespace Remediator.StandIns.Ec2.Protocol;

/// <summary>Ends the handling of a call with an EC2 error response.</summary>
internal sealed class Ec2Exception(Ec2Error error) : Exception($"{error.Code}: {error.Message}")
{
    public Ec2Error Error { get; } = error;
}
