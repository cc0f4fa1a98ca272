using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Modelling.Goals;
using Statistico.Modelling.MarketInformed;
using Statistico.OddsCompiler.Data;

namespace Statistico.OddsCompiler.MarketInformed;

/// <summary>
/// Reads what a refresh needs to price its fixtures market-informed (ADR 1102): each fixture's stored pre-kick-off
/// prices, and the training rows of the pool weights — finished fixtures with the stats model's pre-kick-off forecast and
/// a price stored before their kick-off.
/// </summary>
public sealed class MarketInformedPricer(OddsCompilerDbContext db, IOptions<CompilerOptions> options)
{
    public async Task<MarketInformedPricing> PrepareAsync(IReadOnlyCollection<PricedFixture> fixtures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fixtures);
        var settings = options.Value.MarketInformed;
        var sources = settings.Sources;
        var ids = fixtures.Select(f => f.Id).ToList();
        var kickOffs = fixtures.ToDictionary(f => f.Id, f => f.KickOff);
        // Observed before kick-off when stored; checked again against today's kick-off, in case the fixture moved earlier.
        var prices = (await db.MarketPrices.AsNoTracking().Where(p => ids.Contains(p.FixtureId) && sources.Contains(p.Source)).ToListAsync(cancellationToken))
            .Where(p => p.ObservedAt < kickOffs[p.FixtureId])
            .ToLookup(p => p.FixtureId);
        var priced = fixtures.Where(f => prices[f.Id].Any(p => p.MarketType == ExchangeProbabilities.MatchOdds)).ToList();
        if (priced.Count == 0)
        {
            return MarketInformedPricing.Empty;
        }

        // Rows for the latest decision time of the refresh; each fixture then trains on the prefix finished before its own.
        var cutoff = priced.Max(f => f.KickOff) - settings.ResultKnownAfter;
        var training = await TrainingAsync(cutoff, sources, cancellationToken);
        return new MarketInformedPricing(
            priced.ToDictionary(f => f.Id, f => Quotes(prices[f.Id], sources)),
            training,
            sources.Length,
            settings);
    }

    /// <summary>
    /// Finished fixtures that kicked off by <paramref name="cutoff"/>, in kick-off order, each with the stats model's
    /// forecast made before its kick-off and the prices observed before its kick-off.
    /// </summary>
    private async Task<List<TrainingMatch>> TrainingAsync(DateTimeOffset cutoff, string[] sources, CancellationToken cancellationToken)
    {
        var played = await (
            from book in db.MarketInformedBooks.AsNoTracking()
            join match in db.PlayedMatches.AsNoTracking() on book.FixtureId equals match.FixtureId
            where book.StatsScores != null && match.KickOff <= cutoff
            orderby match.KickOff, match.FixtureId
            select new { match.FixtureId, match.KickOff, match.HomeTeam, match.AwayTeam, match.HomeGoals, match.AwayGoals, book.StatsScores })
            .ToListAsync(cancellationToken);
        if (played.Count == 0)
        {
            return [];
        }

        var prices = (await (
                from price in db.MarketPrices.AsNoTracking()
                join match in db.PlayedMatches.AsNoTracking() on price.FixtureId equals match.FixtureId
                where match.KickOff <= cutoff && price.ObservedAt < match.KickOff && sources.Contains(price.Source)
                select price)
            .ToListAsync(cancellationToken))
            .ToLookup(p => p.FixtureId);
        return [.. played
            .Where(m => prices[m.FixtureId].Any())
            .Select(m => new TrainingMatch(
                m.KickOff,
                new MarketInformedMatch(
                    new MatchRecord(DateOnly.FromDateTime(m.KickOff.UtcDateTime), m.HomeTeam, m.AwayTeam, m.HomeGoals, m.AwayGoals),
                    StoredScores.FromJson(m.StatsScores!),
                    Quotes(prices[m.FixtureId], sources))))];
    }

    private static MarketQuotes Quotes(IEnumerable<MarketPriceRecord> prices, string[] sources)
    {
        var bySource = prices.ToLookup(p => p.Source, StringComparer.Ordinal);
        return new MarketQuotes(
            [.. sources.Select(s => bySource[s].FirstOrDefault(p => p.MarketType == ExchangeProbabilities.MatchOdds) is { } p ? new[] { p.First, p.Second, p.Third ?? 0 } : null)],
            [.. sources.Select(s => bySource[s].FirstOrDefault(p => p.MarketType == ExchangeProbabilities.OverUnder25) is { } p ? new[] { p.First, p.Second } : null)]);
    }
}
