namespace Statistico.Contracts.FootballData;

/// <summary>One team's statistics in one match. A null field means the source does not have it.</summary>
public sealed record TeamMatchStatistics
{
    /// <summary>Shots, including those off target.</summary>
    public int? Shots { get; init; }

    /// <summary>Shots on target.</summary>
    public int? ShotsOnTarget { get; init; }

    /// <summary>Corners won.</summary>
    public int? Corners { get; init; }

    /// <summary>Fouls committed.</summary>
    public int? Fouls { get; init; }

    /// <summary>Yellow cards received.</summary>
    public int? YellowCards { get; init; }

    /// <summary>Red cards received.</summary>
    public int? RedCards { get; init; }

    /// <summary>Expected goals, where the source provides it.</summary>
    public double? ExpectedGoals { get; init; }
}
