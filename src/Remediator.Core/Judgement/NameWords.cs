namespace Remediator.Judgement;

/// <summary>The words in a subnet's name that declare its intent, matched as whole words, ignoring case.</summary>
public sealed record NameWords(string TagKey, string PrivateWord, string PublicWord)
{
    public static readonly NameWords Default = new("Name", "private", "public");
}
