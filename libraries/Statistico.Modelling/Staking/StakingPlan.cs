namespace Statistico.Modelling.Staking;

/// <summary>
/// A staking rule with caps, producing order sizes the exchange accepts. Flat and percentage stakes
/// ignore the edge (but still need one to bet); fractional Kelly scales with it. Caps bound the
/// stake by an absolute amount and by a share of bankroll; the result is rounded down to the
/// exchange's increment, and a stake under the exchange's minimum is not placed (ADR 0103).
/// </summary>
/// <remarks>
/// Defaults are Betfair's GBP rules, as the Simulator enforces them: sizes in 0.01 steps, a minimum
/// stake of 1, or a smaller stake whose payout (size × price) is at least 10. Settings are checked
/// when set: a share or fraction outside [0, 1], a commission outside [0, 1), a negative amount or a
/// non-positive increment throws <see cref="ArgumentOutOfRangeException"/>. Per call: a bankroll of
/// zero or less (an exhausted or overdrawn account) stakes zero, and one above <see cref="MaxBankroll"/>
/// (a units mistake: no account holds that much) throws <see cref="ArgumentOutOfRangeException"/>;
/// probability, odds and commission follow <see cref="Kelly"/>.
/// </remarks>
public sealed record StakingPlan
{
    /// <summary>The largest bankroll accepted: far beyond any account, and small enough that stakes can be summed exactly.</summary>
    public const decimal MaxBankroll = 1_000_000_000_000m;

    /// <summary>The sizing rule.</summary>
    public StakingMethod Method { get; init; } = StakingMethod.FractionalKelly;

    /// <summary>Stake for <see cref="StakingMethod.Flat"/>.</summary>
    public decimal FlatStake { get; init => field = StakingArguments.RequireNonNegative(value, nameof(FlatStake)); } = 1;

    /// <summary>Bankroll share for <see cref="StakingMethod.Percentage"/> (0.01 = 1%).</summary>
    public double Percentage { get; init => field = StakingArguments.RequireShare(value, nameof(Percentage)); } = 0.01;

    /// <summary>Multiplier on full Kelly, in [0, 1]; a quarter to a half is usual because edges are estimated.</summary>
    public double KellyFraction { get; init => field = StakingArguments.RequireShare(value, nameof(KellyFraction)); } = 0.25;

    /// <summary>Largest share of bankroll on one bet, and on all the bets of one <see cref="Stakes"/> call together.</summary>
    public double MaxBankrollShare { get; init => field = StakingArguments.RequireShare(value, nameof(MaxBankrollShare)); } = 0.05;

    /// <summary>Largest stake in money on one bet, if any.</summary>
    public decimal? MaxStake { get; init => field = value is { } max ? StakingArguments.RequireNonNegative(max, nameof(MaxStake)) : null; }

    /// <summary>Smallest stake the exchange accepts (Betfair GBP: 1); smaller ones become zero unless <see cref="MinPayout"/> allows them.</summary>
    public decimal MinStake { get; init => field = StakingArguments.RequireNonNegative(value, nameof(MinStake)); } = 1;

    /// <summary>
    /// A stake under <see cref="MinStake"/> is still accepted when stake × odds reaches this (Betfair GBP: 10);
    /// null where the exchange has no such rule.
    /// </summary>
    public decimal? MinPayout { get; init => field = value is { } payout ? StakingArguments.RequireNonNegative(payout, nameof(MinPayout)) : null; } = 10;

    /// <summary>The exchange's size step (Betfair: 0.01); stakes are rounded down to it so no cap is ever exceeded.</summary>
    public decimal StakeIncrement
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, nameof(StakeIncrement));
            field = value;
        }
    } = 0.01m;

    /// <summary>Commission on net winnings, in [0, 1).</summary>
    public double Commission { get; init { StakingArguments.RequireCommission(value, nameof(Commission)); field = value; } }

    /// <summary>The order size for a back bet at <paramref name="odds"/> believed to win with <paramref name="probability"/>.</summary>
    /// <returns>Zero, or a multiple of <see cref="StakeIncrement"/> within every cap that the exchange accepts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The probability is not a number in [0, 1], or the bankroll is above <see cref="MaxBankroll"/>.</exception>
    public decimal Stake(decimal bankroll, double probability, double odds)
    {
        RequireBankroll(bankroll);
        var kelly = Kelly.Fraction(probability, odds, Commission);
        if (kelly <= 0 || bankroll <= 0)
        {
            return 0;
        }

        var cap = Cap(bankroll);
        return Placeable(Math.Min(Sized(kelly, bankroll), cap), odds);
    }

    /// <summary>
    /// Order sizes for simultaneous back bets on mutually exclusive outcomes (Kelly sizes them jointly).
    /// Together they never exceed <see cref="MaxBankrollShare"/> of the bankroll (when they would, all are
    /// scaled down in proportion), and each is then capped and rounded as in <see cref="Stake"/>.
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="Kelly.MutuallyExclusiveFractions"/>.</exception>
    public decimal[] Stakes(decimal bankroll, IReadOnlyList<double> probabilities, IReadOnlyList<double> odds)
    {
        RequireBankroll(bankroll);
        var fractions = Kelly.MutuallyExclusiveFractions(probabilities, odds, Commission);
        if (bankroll <= 0)
        {
            return new decimal[fractions.Length];
        }

        var stakes = fractions.Select(f => f <= 0 ? 0 : Sized(f, bankroll)).ToArray();
        var total = stakes.Sum();
        var shareCap = (decimal)MaxBankrollShare * bankroll;
        if (total > shareCap)
        {
            // Scaled in proportion before the per-bet caps, so the outcomes keep Kelly's relative sizes.
            var scale = shareCap / total;
            stakes = [.. stakes.Select(s => s * scale)];
        }

        var cap = Cap(bankroll);
        stakes = [.. stakes.Select(s => Math.Min(s, cap))];
        var placed = stakes.Select((s, i) => Placeable(s, odds[i])).ToArray();
        while (placed.Sum() > shareCap)
        {
            // The scale is rounded to decimal's 28 digits, so the total can end a hair over the cap
            // when the cap sits just under an increment: take one increment off the largest stake.
            var largest = Array.IndexOf(placed, placed.Max());
            placed[largest] = Placeable(placed[largest] - StakeIncrement, odds[largest]);
        }

        return placed;
    }

    private static void RequireBankroll(decimal bankroll) =>
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bankroll, MaxBankroll);

    private decimal Sized(double fraction, decimal bankroll) => Method switch
    {
        StakingMethod.Flat => FlatStake,
        StakingMethod.Percentage => (decimal)(Percentage * (double)bankroll),
        _ => (decimal)(KellyFraction * fraction * (double)bankroll),
    };

    private decimal Cap(decimal bankroll)
    {
        var cap = Math.Min((decimal)MaxBankrollShare * bankroll, bankroll);
        return MaxStake is { } max ? Math.Min(cap, max) : cap;
    }

    private decimal Placeable(decimal stake, double odds)
    {
        // Down (the remainder dropped), never to nearest: a stake rounded up could pass a cap or the bankroll.
        var size = stake - (stake % StakeIncrement);
        if (size <= 0)
        {
            return 0;
        }

        // In double: odds far beyond the ladder would overflow a decimal product.
        var accepted = size >= MinStake || (MinPayout is { } payout && (double)size * odds >= (double)payout);
        return accepted ? size : 0;
    }
}
