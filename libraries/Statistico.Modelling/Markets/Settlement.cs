namespace Statistico.Modelling.Markets;

/// <summary>
/// How a one-unit bet on a selection settles, as probabilities of each outcome. Asian quarter
/// lines split the stake in two, so they can half-win or half-lose; whole lines and draw-no-bet
/// can push (stake returned). Plain selections only win or lose.
/// </summary>
public sealed record Settlement(double Win, double HalfWin, double Push, double HalfLoss, double Loss)
{
    /// <summary>A selection that wins with probability <paramref name="probability"/> and otherwise loses.</summary>
    public static Settlement WinOrLose(double probability) => new(probability, 0, 0, 0, 1 - probability);

    /// <summary>Sum of all outcome probabilities (one for a complete distribution).</summary>
    public double Total => Win + HalfWin + Push + HalfLoss + Loss;

    /// <summary>Expected profit of one unit staked at decimal <paramref name="odds"/> (no commission).</summary>
    public double ExpectedValue(double odds) =>
        ((Win + (HalfWin / 2)) * (odds - 1)) - (Loss + (HalfLoss / 2));

    /// <summary>The decimal odds at which <see cref="ExpectedValue"/> is zero.</summary>
    public double FairOdds => 1 + ((Loss + (HalfLoss / 2)) / (Win + (HalfWin / 2)));

    /// <summary>
    /// 1 / fair odds: the win probability of a plain bet with the same fair price. For plain
    /// selections it is the win probability itself; it is what margins are applied to.
    /// </summary>
    public double EffectiveProbability => 1 / FairOdds;
}
