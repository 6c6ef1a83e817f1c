using System.Globalization;
using Remediator.StandIns.Ec2;

namespace Remediator.StandIns.Chaos;

/// <summary>
/// Seeded random faults for every stand-in of one rig. Each call's fault is drawn from a key made of the seed, the
/// event, the attempt, the service, the action and the call's number among that action's calls in the attempt, so a
/// seed replays the same faults. Races change <see cref="Begin"/>'s world: the one the current event is judged in.
/// </summary>
public sealed class ChaosSchedule(int seed, ChaosRates rates) : IFaultSchedule
{
    private static readonly string[] Services = ["ec2", "sns", "sqs", "sts"];

    private readonly Lock gate = new();
    private readonly Dictionary<string, int> callsThisAttempt = new(StringComparer.Ordinal);
    private readonly HashSet<string> down = new(StringComparer.Ordinal);
    private readonly List<Race> races = [];
    private string attemptKey = "";
    private Ec2World? world;

    /// <summary>Faults injected so far, by service and kind (an outage's failed calls count as server errors).</summary>
    public FaultCounts Injected { get; } = new();

    /// <summary>Starts an attempt: fresh call numbers, and each service's outage drawn for it.</summary>
    public void Begin(int eventIndex, int attempt, Ec2World judgedIn)
    {
        lock (gate)
        {
            attemptKey = string.Create(CultureInfo.InvariantCulture, $"{seed}/{eventIndex}/{attempt}");
            world = judgedIn;
            callsThisAttempt.Clear();
            races.Clear();
            down.Clear();
            foreach (var service in Services.Where(s => StableDraw.Unit($"{attemptKey}/{s}/outage") < rates.Outage))
            {
                down.Add(service);
                Injected.AddOutage(service);
            }
        }
    }

    /// <summary>The races of the current attempt.</summary>
    internal IReadOnlyList<Race> Races
    {
        get
        {
            lock (gate)
            {
                return [.. races];
            }
        }
    }

    public InjectedFault? Draw(string service, string action, IReadOnlyDictionary<string, string> parameters)
    {
        lock (gate)
        {
            var key = $"{attemptKey}/{service}/{action}";
            var number = callsThisAttempt[key] = callsThisAttempt.GetValueOrDefault(key) + 1;
            key = string.Create(CultureInfo.InvariantCulture, $"{key}/{number}");
            if (down.Contains(service))
            {
                return Count(service, new InjectedFault(FaultKind.ServerError));
            }

            if (service == "ec2" && world is not null && StableDraw.Unit($"{key}/race") < rates.RaceOnWrite)
            {
                var race = action switch
                {
                    "ReplaceRoute" => RaceChanges.BeforeReplaceRoute(world, parameters, StableDraw.Unit($"{key}/variant")),
                    "CreateEgressOnlyInternetGateway" => RaceChanges.BeforeCreateGateway(world, parameters),
                    _ => null,
                };
                if (race is not null)
                {
                    races.Add(race);
                    Injected.Add(service, race.Kind);
                }
            }

            return Pick(StableDraw.Unit(key), StableDraw.Unit($"{key}/delay")) is { } fault ? Count(service, fault) : null;
        }
    }

    private InjectedFault? Pick(double u, double delay)
    {
        var bounds = new (double Rate, FaultKind Kind)[]
        {
            (rates.Throttling, FaultKind.Throttling),
            (rates.ServerError, FaultKind.ServerError),
            (rates.DroppedConnection, FaultKind.DroppedConnection),
            (rates.SlowAnswer, FaultKind.SlowAnswer),
        };
        foreach (var (rate, kind) in bounds)
        {
            if (u < rate)
            {
                return new InjectedFault(kind, kind == FaultKind.SlowAnswer ? rates.SlowestAnswer * delay : TimeSpan.Zero);
            }

            u -= rate;
        }

        return null;
    }

    private InjectedFault Count(string service, InjectedFault fault)
    {
        Injected.Add(service, fault.Kind);
        return fault;
    }
}
