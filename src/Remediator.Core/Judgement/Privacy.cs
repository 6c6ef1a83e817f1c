namespace Remediator.Judgement;

public enum Privacy
{
    /// <summary>Carries the exemption tag (itself, its route table or its VPC): never touched.</summary>
    Exempt,

    Public,

    /// <summary>Positive evidence says nothing should reach it from the internet.</summary>
    Private,
}
