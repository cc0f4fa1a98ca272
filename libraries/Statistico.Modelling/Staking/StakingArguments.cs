namespace Statistico.Modelling.Staking;

/// <summary>
/// The one rule per staking input (ADR 0103). Inputs that can only come from a defect or a bad
/// configuration (a probability or commission that is not a number in range) are rejected, because
/// staking zero would hide the defect; a market price that cannot be backed is an ordinary market
/// state and means "no bet".
/// </summary>
public static class StakingArguments
{
    /// <summary>Throws unless <paramref name="probability"/> is a finite number in [0, 1].</summary>
    /// <exception cref="ArgumentOutOfRangeException">NaN, ±infinity, below 0 or above 1.</exception>
    public static void RequireProbability(double probability, string parameterName)
    {
        // Written as a positive range test so that NaN, which fails every comparison, is rejected too.
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(parameterName, probability, "A probability must be a number in [0, 1].");
        }
    }

    /// <summary>Throws unless <paramref name="commission"/> is a finite rate in [0, 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">NaN, ±infinity, below 0, or 1 and above.</exception>
    public static void RequireCommission(double commission, string parameterName)
    {
        if (!(commission >= 0 && commission < 1))
        {
            throw new ArgumentOutOfRangeException(parameterName, commission, "Commission must be a rate in [0, 1).");
        }
    }

    /// <summary>Throws unless <paramref name="share"/> is a finite number in [0, 1].</summary>
    /// <exception cref="ArgumentOutOfRangeException">NaN, ±infinity, below 0 or above 1.</exception>
    public static double RequireShare(double share, string parameterName)
    {
        if (!(share >= 0 && share <= 1))
        {
            throw new ArgumentOutOfRangeException(parameterName, share, "A share must be a number in [0, 1].");
        }

        return share;
    }

    /// <summary>Throws when <paramref name="amount"/> is negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below zero.</exception>
    public static decimal RequireNonNegative(decimal amount, string parameterName)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount, parameterName);
        return amount;
    }

    /// <summary>
    /// Whether decimal <paramref name="odds"/> can be backed: finite and above 1. NaN, ±infinity and
    /// odds of 1 or less are not a price anyone can take, so they size to a zero stake.
    /// </summary>
    public static bool IsBackable(double odds) => odds > 1 && double.IsFinite(odds);
}
