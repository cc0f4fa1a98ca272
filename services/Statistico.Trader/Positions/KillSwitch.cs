namespace Statistico.Trader.Positions;

/// <summary>The stored kill switch (one row): while engaged, no new trade is signalled and no order leaves.</summary>
public sealed class KillSwitch
{
    public const int SingletonId = 1;

    public int Id { get; init; } = SingletonId;

    public bool Engaged { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
