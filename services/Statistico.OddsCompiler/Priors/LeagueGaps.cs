namespace Statistico.OddsCompiler.Priors;

/// <summary>The shift a team's strength takes moving between two competitions (PromotionPriors' rule).</summary>
public static class LeagueGaps
{
    /// <summary>
    /// The configured shift for the pair (<c>PriorShifts["E1>E0"]</c>), else the gap per tier times the tiers moved
    /// (up a tier: −gap, down: +gap); null when a tier is unknown, so no strength is carried across.
    /// </summary>
    public static double? Shift(string from, string to, CompilerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PriorShifts.TryGetValue($"{from}>{to}", out var configured))
        {
            return configured;
        }

        return options.Tiers.TryGetValue(from, out var fromTier) && options.Tiers.TryGetValue(to, out var toTier)
            ? options.PromotionGap * (toTier - fromTier)
            : null;
    }
}
