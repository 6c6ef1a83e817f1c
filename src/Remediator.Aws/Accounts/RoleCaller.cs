namespace Remediator.Aws.Accounts;

/// <summary>
/// Who assumes the member role, so that a refusal says whose trust to check and where the external id was given:
/// the function, or a person running <c>remediator scan</c> with their own credentials.
/// </summary>
/// <param name="Name">As the role's trust must name it, e.g. "this function's role", "the caller (profile audit)".</param>
/// <param name="ExternalIdSetting">Where the external id was given, e.g. MEMBER_ROLE_EXTERNAL_ID, --external-id.</param>
public sealed record RoleCaller(string Name, string ExternalIdSetting)
{
    public static readonly RoleCaller Function = new("this function's role", "MEMBER_ROLE_EXTERNAL_ID");
}
