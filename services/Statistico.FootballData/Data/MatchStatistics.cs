using Statistico.Contracts.FootballData;

namespace Statistico.FootballData.Data;

/// <summary>One team's statistics in one match as stored; a null means no source has provided it.</summary>
public sealed class MatchStatistics
{
    public int? Shots { get; set; }

    public int? ShotsOnTarget { get; set; }

    public int? Corners { get; set; }

    public int? Fouls { get; set; }

    public int? YellowCards { get; set; }

    public int? RedCards { get; set; }

    public double? ExpectedGoals { get; set; }

    public bool IsEmpty => Shots is null && ShotsOnTarget is null && Corners is null && Fouls is null
        && YellowCards is null && RedCards is null && ExpectedGoals is null;

    /// <summary>Whether <see cref="MergeFrom"/> would change anything, without changing it.</summary>
    public bool WouldChange(TeamMatchStatistics? incoming) => incoming is not null
        && (Differs(Shots, incoming.Shots) || Differs(ShotsOnTarget, incoming.ShotsOnTarget) || Differs(Corners, incoming.Corners)
            || Differs(Fouls, incoming.Fouls) || Differs(YellowCards, incoming.YellowCards) || Differs(RedCards, incoming.RedCards)
            || Differs(ExpectedGoals, incoming.ExpectedGoals));

    /// <summary>
    /// Takes every value <paramref name="incoming"/> knows. A value the source does not have (null) never erases one
    /// another source gave, so alternating providers cannot flip a fixture back and forth.
    /// </summary>
    /// <returns>True when a stored value changed.</returns>
    public bool MergeFrom(TeamMatchStatistics? incoming)
    {
        if (incoming is null)
        {
            return false;
        }

        var changed = false;
        Shots = Take(Shots, incoming.Shots, ref changed);
        ShotsOnTarget = Take(ShotsOnTarget, incoming.ShotsOnTarget, ref changed);
        Corners = Take(Corners, incoming.Corners, ref changed);
        Fouls = Take(Fouls, incoming.Fouls, ref changed);
        YellowCards = Take(YellowCards, incoming.YellowCards, ref changed);
        RedCards = Take(RedCards, incoming.RedCards, ref changed);
        ExpectedGoals = Take(ExpectedGoals, incoming.ExpectedGoals, ref changed);
        return changed;
    }

    public TeamMatchStatistics? ToContract() => IsEmpty ? null : new TeamMatchStatistics
    {
        Shots = Shots,
        ShotsOnTarget = ShotsOnTarget,
        Corners = Corners,
        Fouls = Fouls,
        YellowCards = YellowCards,
        RedCards = RedCards,
        ExpectedGoals = ExpectedGoals,
    };

    private static bool Differs<T>(T? stored, T? incoming)
        where T : struct => incoming is not null && !Equals(stored, incoming);

    private static T? Take<T>(T? stored, T? incoming, ref bool changed)
        where T : struct
    {
        if (!Differs(stored, incoming))
        {
            return stored;
        }

        changed = true;
        return incoming;
    }
}
