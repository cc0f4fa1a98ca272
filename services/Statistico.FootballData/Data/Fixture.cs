using Statistico.Contracts.FootballData;

namespace Statistico.FootballData.Data;

/// <summary>A match between two teams in a competition's season.</summary>
public sealed class Fixture
{
    public Guid Id { get; set; }

    /// <summary>Competition code, e.g. <c>E0</c>.</summary>
    public required string CompetitionId { get; set; }

    /// <summary>Season label, e.g. <c>2021/22</c>.</summary>
    public required string Season { get; set; }

    public required string HomeTeam { get; set; }

    public required string AwayTeam { get; set; }

    public DateTimeOffset KickOff { get; set; }

    public FixtureStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
