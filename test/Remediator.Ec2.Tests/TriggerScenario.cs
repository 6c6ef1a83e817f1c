using Amazon.EC2;
using Remediator.Network;

namespace Remediator.Ec2.Tests;

/// <summary>
/// A network and one change to an input of the judgement (one that exposes a private subnet, or its harmless
/// counterpart): the change as a user makes it, through EC2, and the CloudTrail event it is logged as, pointed
/// at the network's resources.
/// </summary>
/// <param name="TableId">The table the change bears on: for a change that exposes, the table whose <c>::/0 → igw</c> route it made an exposure.</param>
internal sealed record TriggerScenario(NetworkSnapshot Network, Func<IAmazonEC2, Task> Change, string Event, string TableId);
