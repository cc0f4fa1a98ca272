using Statistico.Contracts.Odds;

namespace Statistico.OddsCompiler.Apis;

/// <summary>The book last published for a fixture (the <c>OddsCompiled</c> it was published as).</summary>
public sealed record BookDto(
    Guid FixtureId,
    string CompetitionId,
    string HomeTeam,
    string AwayTeam,
    DateTimeOffset KickOff,
    string ModelName,
    string ModelVersion,
    DateTimeOffset CompiledAt,
    double ExpectedHomeGoals,
    double ExpectedAwayGoals,
    IReadOnlyList<CompiledMarket> Markets);
