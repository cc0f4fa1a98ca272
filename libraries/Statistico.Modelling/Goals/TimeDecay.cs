namespace Statistico.Modelling.Goals;

/// <summary>Exponential down-weighting of old matches, as in Dixon and Coles (1997).</summary>
public static class TimeDecay
{
    /// <summary>exp(−ξ·days between <paramref name="played"/> and <paramref name="asOf"/>); future matches weigh 0.</summary>
    public static double Weight(DateOnly played, DateOnly asOf, double xiPerDay)
    {
        var days = asOf.DayNumber - played.DayNumber;
        return days < 0 ? 0 : Math.Exp(-xiPerDay * days);
    }
}
