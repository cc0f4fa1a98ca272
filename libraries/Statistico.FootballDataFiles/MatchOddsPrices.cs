namespace Statistico.FootballDataFiles;

/// <summary>Decimal odds of one bookmaker's HOME/DRAW/AWAY prices for a match.</summary>
public sealed record MatchOddsPrices(double Home, double Draw, double Away)
{
    /// <summary>The prices in HOME, DRAW, AWAY order, as the metrics expect categories.</summary>
    public double[] ToArray() => [Home, Draw, Away];
}
