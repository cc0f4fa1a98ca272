namespace Statistico.FootballData.Data;

/// <summary>A league, identified by football-data.co.uk's division code (<c>E0</c>, <c>SP1</c>, …).</summary>
public sealed class Competition
{
    /// <summary>The stable code every context uses, e.g. <c>E0</c>.</summary>
    public required string Id { get; set; }

    public required string Name { get; set; }

    public string? Country { get; set; }
}
