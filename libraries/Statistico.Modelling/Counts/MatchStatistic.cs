namespace Statistico.Modelling.Counts;

/// <summary>A per-team match count that line markets are offered on.</summary>
public enum MatchStatistic
{
    /// <summary>Corners won.</summary>
    Corners,

    /// <summary>Bookings (yellow plus red cards).</summary>
    Cards,
}
