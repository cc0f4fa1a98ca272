namespace Statistico.Simulator;

/// <summary>The "Simulator" configuration section: which world to play and how fast.</summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Simulator";

    public WorldMode Mode { get; set; } = WorldMode.Synthetic;

    /// <summary>Seed of the first world; a reset may choose another. Same seed and inputs → the same world.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Simulated seconds per wall-clock second (2880 = one match-day per 30 s).</summary>
    public double Speed { get; set; } = 2880;

    /// <summary>Whether a new world starts paused.</summary>
    public bool StartPaused { get; set; }

    /// <summary>Simulated start of a new world; by default <see cref="StartBeforeFirstKickOff"/> before the first upcoming kick-off.</summary>
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>
    /// How long before the first upcoming kick-off (the first after the world's past) a new world's clock starts, unless
    /// <see cref="StartTime"/> is set; null means when its markets open (<see cref="ExchangeOptions.MarketsOpenBefore"/>).
    /// </summary>
    public TimeSpan? StartBeforeFirstKickOff { get; set; }

    public SyntheticOptions Synthetic { get; set; } = new();

    public ReplayOptions Replay { get; set; } = new();

    public ExchangeOptions Exchange { get; set; } = new();

    public DataProviderOptions DataProvider { get; set; } = new();

    public FaultOptions Faults { get; set; } = new();
}
