using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.Odds;
using Statistico.FootballDataFiles;
using Statistico.OddsChecker.Data;
using Statistico.OddsChecker.Mapping;
using Statistico.OddsChecker.Polling;
using Statistico.OddsChecker.Sources;

namespace Statistico.OddsChecker.Backfills;

/// <summary>
/// Backfills opening-side and closing prices from a football-data.co.uk file (ADR 0506): every row is mapped to a
/// tracked fixture of the competition by teams and date (aliases of source <c>football-data</c>, the fuzzy match, never
/// a guess), and its Pinnacle prices go through the same change detection and outbox as a poll, so running the same
/// file again publishes nothing.
/// </summary>
internal sealed class HistoricalPricesBackfill(OddsCheckerDbContext db, IPublishEndpoint publisher, TimeProvider time)
{
    /// <summary>The source name of the file's team spellings (aliases, unmatched rows).</summary>
    public const string SourceName = "football-data";

    /// <summary>Markets per published batch: a season's file would otherwise be one very large message.</summary>
    private const int BatchSize = 100;

    /// <summary>Files before 2019/20 have no kick-off time: such a row matches a fixture on the same day.</summary>
    private static readonly TimeSpan SameDay = TimeSpan.FromHours(12);

    private static readonly TimeOnly Noon = new(12, 0);

    public async Task<BackfillReport> RunAsync(FootballDataFileContents file, string competition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var wallNow = time.GetUtcNow();
        var rows = file.Matches;
        var fixtures = rows.Count == 0 ? [] : await FixturesAsync(competition, rows, cancellationToken);
        var aliases = await db.TeamAliases.AsNoTracking().Where(a => a.Source == SourceName).ToListAsync(cancellationToken);
        var timed = new EventMatcher(fixtures, aliases, new Dictionary<string, string>());
        var dated = new EventMatcher(fixtures, aliases, new Dictionary<string, string>(), SameDay);
        var kickOffs = fixtures.ToDictionary(f => f.FixtureId, f => f.KickOff);

        var observed = new List<(string Source, SourceMarket Market, ObservedMarket Observed)>();
        var unmatched = new List<UnmatchedRow>();
        var matchedBy = new Dictionary<Guid, int?>();
        foreach (var row in rows)
        {
            var sourceEvent = EventOf(competition, row);
            var match = (row.KickOffUkTime is null ? dated : timed).Match(sourceEvent);
            if (match.FixtureId is { } fixtureId && matchedBy.TryAdd(fixtureId, row.Line))
            {
                await ForgetUnmatchedAsync(sourceEvent.EventId, cancellationToken);
                foreach (var (source, market) in HistoricalOdds.Of(row, fixtureId, kickOffs[fixtureId]))
                {
                    observed.Add((source, new SourceMarket($"{fixtureId:N}/{market.MarketType}", market.MarketType, sourceEvent, new Dictionary<long, string>()), market));
                }

                continue;
            }

            var reason = match.Reason ?? $"fixture {match.FixtureId} is already matched by line {matchedBy[match.FixtureId!.Value]}";
            unmatched.Add(new UnmatchedRow(row.Line, row.Match.Date, row.Match.HomeTeam, row.Match.AwayTeam, reason));
            await ReportUnmatchedAsync(competition, sourceEvent, reason, wallNow, cancellationToken);
        }

        var published = new Dictionary<string, int>(StringComparer.Ordinal) { [HistoricalOdds.PinnacleClosing] = 0, [HistoricalOdds.PinnaclePreClosing] = 0 };
        foreach (var bySource in observed.GroupBy(o => o.Source))
        {
            var marketIds = bySource.Select(o => o.Market.MarketId).ToList();
            var states = await db.MarketStates.Where(s => s.Source == bySource.Key && marketIds.Contains(s.MarketId)).ToDictionaryAsync(s => s.MarketId, cancellationToken);
            var changed = MarketChanges.Record(db, bySource.Key, states, bySource.Select(o => (o.Market, o.Observed)), wallNow);
            foreach (var batch in changed.Chunk(BatchSize))
            {
                await publisher.Publish(new MarketOddsObserved(NewId.NextGuid(), bySource.Key, batch), cancellationToken);
            }

            published[bySource.Key] = changed.Count;
        }

        // Fingerprints, unmatched rows and the batches (outbox) in one transaction: a failed run leaves nothing half done.
        await db.SaveChangesAsync(cancellationToken);
        return new BackfillReport(rows.Count, matchedBy.Count, published, unmatched, [.. file.Problems.Select(p => p.ToString())]);
    }

    private Task<List<TrackedFixture>> FixturesAsync(string competition, IReadOnlyList<FootballDataMatch> rows, CancellationToken cancellationToken)
    {
        var from = UkTime.ToUtc(rows.Min(r => r.Match.Date), TimeOnly.MinValue).AddDays(-1);
        var to = UkTime.ToUtc(rows.Max(r => r.Match.Date), TimeOnly.MinValue).AddDays(2);
        return db.Fixtures.AsNoTracking()
            .Where(f => f.CompetitionId == competition && f.HomeTeam != "" && f.KickOff >= from && f.KickOff <= to)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The row as a source event: kick-off from the UK time when the file has one, otherwise noon UTC of its day.</summary>
    private static SourceEvent EventOf(string competition, FootballDataMatch row)
    {
        var match = row.Match;
        var start = row.KickOffUkTime is { } time ? UkTime.ToUtc(match.Date, time) : new DateTimeOffset(match.Date.ToDateTime(Noon), TimeSpan.Zero);
        var id = $"{competition}/{match.Date:yyyy-MM-dd}/{match.HomeTeam}/{match.AwayTeam}";
        return new SourceEvent(id.Length <= 64 ? id : id[..64], $"{match.HomeTeam} v {match.AwayTeam}", competition, match.HomeTeam, match.AwayTeam, start);
    }

    private async Task ForgetUnmatchedAsync(string eventId, CancellationToken cancellationToken)
    {
        if (await db.UnmatchedEvents.FindAsync([SourceName, eventId], cancellationToken) is { } reported)
        {
            db.UnmatchedEvents.Remove(reported);
        }
    }

    private async Task ReportUnmatchedAsync(string competition, SourceEvent sourceEvent, string reason, DateTimeOffset wallNow, CancellationToken cancellationToken)
    {
        var known = await db.UnmatchedEvents.FindAsync([SourceName, sourceEvent.EventId], cancellationToken);
        if (known is null)
        {
            db.UnmatchedEvents.Add(new UnmatchedEvent
            {
                Source = SourceName, EventId = sourceEvent.EventId, Name = sourceEvent.Name, CompetitionId = competition,
                StartTime = sourceEvent.StartTime, Reason = reason, FirstSeen = wallNow, LastSeen = wallNow,
            });
        }
        else
        {
            (known.Reason, known.LastSeen) = (reason, wallNow);
        }
    }
}
