namespace Remediator.StandIns.Chaos;

/// <summary>Decides, call by call, what a stand-in does wrong: the seam through which chaos reaches every stand-in.</summary>
public interface IFaultSchedule
{
    /// <param name="service">The stand-in's service: <c>ec2</c>, <c>sns</c>, <c>sqs</c> or <c>sts</c>.</param>
    /// <param name="parameters">The call's form parameters, for a race that changes what the call names.</param>
    /// <returns>The fault to inject, or <c>null</c> to answer the call normally.</returns>
    InjectedFault? Draw(string service, string action, IReadOnlyDictionary<string, string> parameters);
}
