namespace Statistico.FootballDataFiles;

/// <summary>Decimal odds of over and under 2.5 goals.</summary>
public sealed record OverUnderPrices(double Over, double Under)
{
    /// <summary>The prices in OVER, UNDER order.</summary>
    public double[] ToArray() => [Over, Under];
}
