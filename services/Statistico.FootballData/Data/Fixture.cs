using Statistico.Contracts.FootballData;

namespace Statistico.FootballData.Data;

/// <summary>A match between two teams in a competition's season, with its result and statistics once played.</summary>
public sealed class Fixture
{
    public Guid Id { get; set; }

    /// <summary>Competition code, e.g. <c>E0</c>.</summary>
    public required string CompetitionId { get; set; }

    public int SeasonId { get; set; }

    public Season Season { get; set; } = null!;

    public Guid HomeTeamId { get; set; }

    public Team HomeTeam { get; set; } = null!;

    public Guid AwayTeamId { get; set; }

    public Team AwayTeam { get; set; } = null!;

    public DateTimeOffset KickOff { get; set; }

    /// <summary>False when the source gave only a date (football-data.co.uk before 2019/20): the time is a nominal 15:00 UK.</summary>
    public bool KickOffTimeKnown { get; set; }

    public FixtureStatus Status { get; set; }

    /// <summary>Grows by one with every recorded change; events carry it so consumers can ignore stale ones.</summary>
    public int Revision { get; set; }

    public string? Referee { get; set; }

    public int? HomeGoals { get; set; }

    public int? AwayGoals { get; set; }

    public int? HalfTimeHomeGoals { get; set; }

    public int? HalfTimeAwayGoals { get; set; }

    public MatchStatistics HomeStatistics { get; set; } = new();

    public MatchStatistics AwayStatistics { get; set; } = new();

    /// <summary>The provider that last changed the fixture.</summary>
    public required string Source { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool HasResult => HomeGoals is not null && AwayGoals is not null;
}
