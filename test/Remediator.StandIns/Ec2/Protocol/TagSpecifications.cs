using Remediator.Network;

namespace Remediator.StandIns.Ec2.Protocol;

/// <summary>
/// Reads <c>TagSpecification.N.ResourceType</c> and <c>TagSpecification.N.Tag.M.Key/Value</c>: the tags a
/// create call asks to put on the resource it creates, which must be of the one type the action creates.
/// </summary>
internal static class TagSpecifications
{
    public static Tags For(Ec2Request request, string resourceType)
    {
        var tags = new List<KeyValuePair<string, string>>();
        foreach (var n in request.Indexed("TagSpecification", suffix: "."))
        {
            var type = request.Get($"TagSpecification.{n}.ResourceType");
            if (type != resourceType)
            {
                throw Ec2Error.InvalidParameterValue(
                    $"'{type}' is not a valid taggable resource type for this operation.").ToException();
            }

            foreach (var m in request.Indexed($"TagSpecification.{n}.Tag", suffix: "."))
            {
                var key = request.Required($"TagSpecification.{n}.Tag.{m}.Key");
                tags.Add(new(key, request.Get($"TagSpecification.{n}.Tag.{m}.Value") ?? ""));
            }
        }

        return Tags.Of(tags);
    }
}
