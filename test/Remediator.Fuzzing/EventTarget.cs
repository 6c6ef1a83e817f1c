using System.Text;
using Remediator.Judgement;
using Remediator.Triggers;
using SharpFuzz;

namespace Remediator.Fuzzing;

/// <summary>
/// The event parser on arbitrary bytes. Triggered, Ignored and Rejected are all answers; anything thrown is a bug,
/// because the runtime loop would report it as a crash of the function instead of naming the bad field.
/// </summary>
internal static class EventTarget
{
    public static int Run()
    {
        // Instrumented code may only run inside Fuzzer.Run, once the coverage map is mapped: before it, it faults.
        TriggerParser? parser = null;
        Fuzzer.Run(stream =>
        {
            parser ??= new TriggerParser(ClassificationRules.Default);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            _ = parser.Parse(reader.ReadToEnd());
        });
        return 0;
    }
}
