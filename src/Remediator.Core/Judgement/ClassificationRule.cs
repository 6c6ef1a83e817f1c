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
