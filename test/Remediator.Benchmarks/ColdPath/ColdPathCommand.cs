using System.Globalization;
using Remediator.Benchmarks.ColdStart;
using Remediator.Benchmarks.Shared;
using Remediator.StandIns.Tls;

namespace Remediator.Benchmarks.ColdPath;

/// <summary>
/// The cold path over HTTPS (BENCHMARKS.md §6): the native bootstrap (and, with <c>--baseline</c>, an earlier
/// build of it) at each modelled round-trip time, builds alternating run by run so that whatever else the
/// machine does falls on both alike.
/// </summary>
internal static class ColdPathCommand
{
    public static async Task<int> RunAsync(Options options)
    {
        var builds = new List<(FunctionBuild Build, string Label)> { (FunctionBuild.Native(options.Required("--native")), options.Value("--label") ?? "this build") };
        if (options.Value("--baseline") is { } baseline)
        {
            builds.Insert(0, (FunctionBuild.Native(baseline), options.Value("--baseline-label") ?? "baseline"));
        }

        var roundTrips = options.Ints("--rtt", [2, 10]);
        var runs = options.Int("--runs", 20);
        var warmUps = options.Int("--warmup", 1);
        var organization = options.Flag("--organization");
        var amazonRootsOnly = (options.Value("--trust") ?? "system") switch
        {
            "system" => false,
            "amazon" => true,
            var other => throw new ArgumentException($"--trust {other}: expected system or amazon."),
        };

        using var authority = TestCertificateAuthority.Create();
        var folder = Directory.CreateTempSubdirectory("remediator-coldpath-");
        try
        {
            var bundle = Path.Combine(folder.FullName, "ca-bundle.crt");
            var trusted = authority.WriteTrustBundle(bundle, amazonRootsOnly ? TestCertificateAuthority.AmazonTrustServicesRoots : null);
            Console.Out.WriteLine($"The process trusts {trusted} certificates ({(amazonRootsOnly ? "Amazon Trust Services' roots" : "this machine's public CAs")} and the stand-ins' root).");
            var timeline = options.Flag("--timeline");
            var run = new ColdPathRun(authority, bundle, Directory.CreateDirectory(Path.Combine(folder.FullName, "certs")).FullName, timeline);
            var variants = roundTrips
                .SelectMany(ms => builds.Select(b => new ColdPathVariant(
                    b.Build, organization ? b.Label + ", a member's event" : b.Label, TimeSpan.FromMilliseconds(ms), organization)))
                .ToList();

            // The first runs also pay for this process's own JIT of the stand-ins and for a cold page cache.
            for (var i = 0; i < warmUps; i++)
            {
                foreach (var variant in variants)
                {
                    await run.RunAsync(variant).ConfigureAwait(false);
                }
            }

            var results = new List<ColdPathResult>();
            for (var i = 0; i < runs; i++)
            {
                foreach (var variant in variants.Skip(i % variants.Count).Concat(variants.Take(i % variants.Count)))
                {
                    var result = await run.RunAsync(variant).ConfigureAwait(false);
                    results.Add(result);
                    Console.Error.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"run {i + 1}/{runs}: {variant.Label}, {variant.RoundTrip.TotalMilliseconds} ms RTT: window {result.WindowMs:0.0} ms"));
                }
            }

            new ColdPathReport(results, variants).Print(Console.Out);
            if (timeline)
            {
                // The run nearest each variant's median window, step by step: where the time goes.
                foreach (var variant in variants)
                {
                    var of = results.Where(r => r.Variant == variant).OrderBy(r => r.WindowMs).ToList();
                    var median = of[(of.Count - 1) / 2];
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n{variant.Label}, {variant.RoundTrip.TotalMilliseconds} ms RTT, window {median.WindowMs:0.0} ms:"));
                    foreach (var (at, what) in median.Timeline)
                    {
                        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {at,7:0.0} ms  {what}"));
                    }
                }
            }
            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
