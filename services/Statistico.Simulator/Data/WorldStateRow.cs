namespace Statistico.Simulator.Data;

/// <summary>The single row saying which world is played and where its clock stands.</summary>
public sealed class WorldStateRow
{
    public int Id { get; set; } = 1;

    public int Seed { get; set; }

    /// <summary>Simulated time at the last checkpoint; a restarted simulator continues from here.</summary>
    public DateTimeOffset SimulatedTime { get; set; }

    public double Speed { get; set; }

    public bool Paused { get; set; }

    /// <summary>Next bet id (Betfair bet ids are numbers sent as strings).</summary>
    public long NextBetId { get; set; } = 300_000_000_001;
}
