namespace Remediator.Benchmarks.Soak;

/// <summary>
/// Deals the kinds in rounds, each round every kind once in a fresh order: every kind comes as often as any other
/// (to within one), in no fixed sequence, and the same seed deals the same events.
/// </summary>
internal sealed class SoakDeck(IReadOnlyList<SoakKind> kinds, Random random)
{
    private readonly Queue<SoakKind> round = new();

    public SoakKind Next()
    {
        if (round.Count == 0)
        {
            var shuffled = kinds.ToArray();
            random.Shuffle(shuffled);
            foreach (var kind in shuffled)
            {
                round.Enqueue(kind);
            }
        }

        return round.Dequeue();
    }
}
