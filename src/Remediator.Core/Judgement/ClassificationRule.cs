namespace Remediator.Judgement;

/// <summary>Which rule of the classification decided, in the order the rules are tried.</summary>
public enum ClassificationRule
{
    ExemptionTag,
    PublicTag,
    PrivateTag,
    NameWord,
    Ipv4Egress,
    Dns64,
    NoEvidenceOfPrivacy,
}

public static class ClassificationRuleNames
{
    /// <summary>The rule's name in the notification and the scan's JSON: <c>PrivateTag</c> → <c>private-tag</c>.</summary>
    public static string WireName(this ClassificationRule rule) =>
        string.Concat(rule.ToString().Select((c, i) => char.IsUpper(c) ? (i == 0 ? "" : "-") + char.ToLowerInvariant(c) : c.ToString()));
}
