using Statistico.Contracts.Odds;

namespace Statistico.OddsChecker.Sources.CompiledBooks;

/// <summary>
/// The Odds Compiler's answer to <c>GET /api/books/{fixtureId}</c> (its <c>BookDto</c>), read by the fields the checker
/// uses; the markets are the shared contract's <see cref="CompiledMarket"/>.
/// </summary>
internal sealed record CompiledBookDto(
    Guid FixtureId,
    string CompetitionId,
    string HomeTeam,
    string AwayTeam,
    DateTimeOffset KickOff,
    string ModelName,
    string ModelVersion,
    DateTimeOffset CompiledAt,
    IReadOnlyList<CompiledMarket> Markets);
