using System.Text;

namespace Remediator.StandIns.Chaos;

/// <summary>
/// A number in [0, 1) that depends on its key alone (FNV-1a, then SplitMix64's finaliser), so that a call's fault
/// follows from the seed, the event, the attempt and the call's place among its like, not from the order in which
/// parallel calls happen to arrive. <see cref="HashCode"/> would not do: it is seeded afresh in every process.
/// </summary>
internal static class StableDraw
{
    public static double Unit(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        hash ^= hash >> 31;
        return (hash >> 11) * (1.0 / (1UL << 53));
    }
}
