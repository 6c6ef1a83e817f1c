using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>One EC2 API action the stand-in answers.</summary>
internal interface IEc2Action
{
    string Name { get; }

    /// <summary>
    /// Reads or changes the world (throwing <see cref="Ec2Exception"/> for an EC2 error) and returns what
    /// writes the response body, so that the XML is written outside the world's lock.
    /// </summary>
    Action<Ec2Xml> Handle(Ec2Request request, Ec2World world);
}
