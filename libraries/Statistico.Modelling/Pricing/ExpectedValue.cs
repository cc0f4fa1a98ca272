namespace Statistico.Modelling.Pricing;

/// <summary>
/// Expected profit of exchange bets when the exchange takes <c>commission</c> (e.g. 0.05) of net
/// winnings. Per-market netting is ignored: commission is charged on each winning bet.
/// </summary>
public static class ExpectedValue
{
    /// <summary>Expected profit of backing one unit at <paramref name="odds"/> with win probability <paramref name="probability"/>.</summary>
    public static double Back(double probability, double odds, double commission = 0) =>
        (probability * (odds - 1) * (1 - commission)) - (1 - probability);

    /// <summary>Expected profit of laying a backer's stake of one unit (liability odds − 1).</summary>
    public static double Lay(double probability, double odds, double commission = 0) =>
        ((1 - probability) * (1 - commission)) - (probability * (odds - 1));

    /// <summary>Expected profit of a lay per unit of liability risked.</summary>
    public static double LayPerLiability(double probability, double odds, double commission = 0) =>
        Lay(probability, odds, commission) / (odds - 1);

    /// <summary>The lowest back odds with non-negative expected value after commission.</summary>
    public static double BreakEvenBackOdds(double probability, double commission = 0) =>
        1 + ((1 - probability) / (probability * (1 - commission)));

    /// <summary>The highest lay odds with non-negative expected value after commission.</summary>
    public static double BreakEvenLayOdds(double probability, double commission = 0) =>
        1 + ((1 - probability) * (1 - commission) / probability);
}
