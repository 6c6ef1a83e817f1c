using Remediator.Fuzzing;

// One target per process, named by the first argument, as afl-fuzz runs it: `dotnet Remediator.Fuzzing.dll event`.
// Without AFL++ around it, SharpFuzz runs the target once on standard input, which replays a crash.
return args switch
{
    ["event"] => EventTarget.Run(),
    ["world", var world, var scratch] => WorldTarget.Run(world, scratch),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Remediator.Fuzzing event | world SAMPLE-WORLD-FOLDER SCRATCH-FOLDER  (input on stdin, or from afl-fuzz)");
    return 64;
}
