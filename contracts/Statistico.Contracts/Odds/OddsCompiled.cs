namespace Statistico.Contracts.Odds;

/// <summary>Statistico compiled (or re-compiled) its book for a fixture.</summary>
/// <param name="FixtureId">The fixture priced.</param>
/// <param name="ModelName">The model that produced the distribution, e.g. <c>dixon-coles</c>.</param>
/// <param name="ModelVersion">Version of the fitted model snapshot.</param>
/// <param name="Markets">Every market, all from one score distribution.</param>
/// <param name="CompiledAt">When the book was compiled (UTC).</param>
public sealed record OddsCompiled(
    Guid FixtureId,
    string ModelName,
    string ModelVersion,
    IReadOnlyList<CompiledMarket> Markets,
    DateTimeOffset CompiledAt)
{
    /// <summary>Expected home goals behind the distribution.</summary>
    public double? ExpectedHomeGoals { get; init; }

    /// <summary>Expected away goals behind the distribution.</summary>
    public double? ExpectedAwayGoals { get; init; }
}
