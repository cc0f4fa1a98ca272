using System.Collections.Concurrent;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.FootballData;
using Statistico.Contracts.Odds;
using Statistico.OddsChecker.Data;
using Statistico.OddsChecker.Mapping;
using Statistico.OddsChecker.Sources;

namespace Statistico.OddsChecker.Polling;

/// <summary>
/// One poll of one source: list its markets in the window, map new events to fixtures (reporting those that match
/// none), read the prices of the markets whose fixtures are due by the burst schedule, and publish one
/// <see cref="MarketOddsObserved"/> batch of the markets that changed, in one transaction with their fingerprints.
/// </summary>
internal sealed partial class SourcePoller(
    IServiceScopeFactory scopes, SourceClock clock, TimeProvider time, PollStatistics statistics, ILogger<SourcePoller> logger)
{
    private static readonly string[] NotPlayed = [nameof(FixtureStatus.Postponed), nameof(FixtureStatus.Abandoned), nameof(FixtureStatus.Finished)];

    private readonly ConcurrentDictionary<string, SemaphoreSlim> running = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// One poll of the source at a time in this process: a stream-driven poll and a scheduled one must not both publish
    /// the same change (ADR 1001).
    /// </summary>
    public async Task<PollOutcome> PollAsync(IOddsSource source, SourceOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var gate = running.GetOrAdd(source.Name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await PollOnceAsync(source, options, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<PollOutcome> PollOnceAsync(IOddsSource source, SourceOptions options, CancellationToken cancellationToken)
    {
        var now = await clock.NowAsync(options, cancellationToken);
        var wallNow = time.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OddsCheckerDbContext>();

        var fixtures = await FixturesInWindowAsync(db, options, now, cancellationToken);
        var markets = await source.ListMarketsAsync(options, fixtures, now - options.InPlayFor, now + options.LookAhead, cancellationToken);
        var links = await LinkEventsAsync(db, source.Name, options, fixtures, markets, wallNow, cancellationToken);

        // Markets already published for fixtures in the window: a closed one is done with; an open one the source no
        // longer lists (Betfair drops closed markets from its catalogue) is read by id to see it close.
        var fixtureIds = fixtures.Select(f => f.FixtureId).ToList();
        var listedIds = markets.Select(m => m.MarketId).ToHashSet();
        var listedList = listedIds.ToList();
        var states = await db.MarketStates.Where(s => s.Source == source.Name && (fixtureIds.Contains(s.FixtureId) || listedList.Contains(s.MarketId)))
            .ToDictionaryAsync(s => s.MarketId, cancellationToken);
        var unlisted = states.Values.Where(s => s.Status != MarketStatuses.Closed && s.EventId is not null && !listedIds.Contains(s.MarketId)).ToList();
        await LoadLinksAsync(db, source.Name, links, unlisted.Select(s => s.EventId!), cancellationToken);

        var kickOffs = fixtures.ToDictionary(f => f.FixtureId, f => f.KickOff);
        var dueLinks = links.Values
            .Where(l => kickOffs.TryGetValue(l.FixtureId, out var kickOff) && (options.Stream || PollSchedule.IsDue(options, kickOff, now, l.LastPolledAt, wallNow)))
            .ToDictionary(l => l.EventId);
        var due = markets
            .Where(m => dueLinks.ContainsKey(m.Event.EventId) && states.GetValueOrDefault(m.MarketId)?.Status != MarketStatuses.Closed)
            .Concat(unlisted.Where(s => dueLinks.ContainsKey(s.EventId!)).Select(Unlisted))
            .ToList();
        var changed = due.Count == 0 ? [] : await ChangedMarketsAsync(db, source, options, due, listedIds, dueLinks, states, now, wallNow, cancellationToken);
        foreach (var link in dueLinks.Values)
        {
            link.LastPolledAt = wallNow;
        }

        if (changed.Count > 0)
        {
            var publisher = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
            await publisher.Publish(new MarketOddsObserved(NewId.NextGuid(), source.Name, changed), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        var unmatched = await db.UnmatchedEvents.CountAsync(u => u.Source == source.Name && u.LastSeen >= wallNow, cancellationToken);
        var outcome = new PollOutcome(source.Name, markets.Count, due.Count, changed.Count, unmatched);
        statistics.Record(outcome);
        LogPolled(source.Name, markets.Count, due.Count, changed.Count, unmatched);
        return outcome;
    }

    private static Task<List<TrackedFixture>> FixturesInWindowAsync(OddsCheckerDbContext db, SourceOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = now - options.InPlayFor - EventMatcher.KickOffTolerance;
        var to = now + options.LookAhead + EventMatcher.KickOffTolerance;
        // A fixture known only from an early FixtureUpdated has no teams yet: nothing to map by until it is announced.
        var query = db.Fixtures.AsNoTracking().Where(f => f.KickOff >= from && f.KickOff <= to && !NotPlayed.Contains(f.Status) && f.HomeTeam != "");
        if (options.Competitions.Count > 0)
        {
            var competitions = options.Competitions.Keys.ToList();
            query = query.Where(f => competitions.Contains(f.CompetitionId));
        }

        return query.ToListAsync(cancellationToken);
    }

    /// <summary>The links of the listed events: known ones from the database, new ones matched now; the rest reported.</summary>
    private static async Task<Dictionary<string, EventLink>> LinkEventsAsync(
        OddsCheckerDbContext db, string source, SourceOptions options, List<TrackedFixture> fixtures, IReadOnlyList<SourceMarket> markets,
        DateTimeOffset wallNow, CancellationToken cancellationToken)
    {
        var events = markets.Select(m => m.Event).DistinctBy(e => e.EventId).ToList();
        var eventIds = events.Select(e => e.EventId).ToList();
        var links = await db.EventLinks.Where(l => l.Source == source && eventIds.Contains(l.EventId)).ToDictionaryAsync(l => l.EventId, cancellationToken);
        var unmatched = await db.UnmatchedEvents.Where(u => u.Source == source && eventIds.Contains(u.EventId)).ToDictionaryAsync(u => u.EventId, cancellationToken);
        var aliases = await db.TeamAliases.AsNoTracking().Where(a => a.Source == source).ToListAsync(cancellationToken);
        var matcher = new EventMatcher(fixtures, aliases, options.Competitions);
        DropMovedLinks(db, links, fixtures, events);
        var linkedFixtures = links.Values.Select(l => l.FixtureId).ToHashSet();

        var tracked = fixtures.Select(f => f.FixtureId).ToHashSet();
        foreach (var sourceEvent in events.Where(e => !links.ContainsKey(e.EventId)))
        {
            // A source keyed by Statistico's ids needs no name matching: the id is the link (when the fixture is tracked).
            var match = sourceEvent.FixtureId is { } byId
                ? tracked.Contains(byId) ? EventMatch.Matched(byId, "id") : EventMatch.Unmatched($"fixture {byId} is not tracked in the window")
                : matcher.Match(sourceEvent);
            if (match.FixtureId is { } fixtureId && linkedFixtures.Add(fixtureId))
            {
                var link = new EventLink { Source = source, EventId = sourceEvent.EventId, FixtureId = fixtureId, MatchedBy = match.MatchedBy!, LinkedAt = wallNow };
                db.EventLinks.Add(link);
                links[sourceEvent.EventId] = link;
                if (unmatched.Remove(sourceEvent.EventId, out var reported))
                {
                    db.UnmatchedEvents.Remove(reported);
                }

                continue;
            }

            var reason = match.Reason ?? $"fixture {match.FixtureId} is already linked to another event of {source}";
            if (unmatched.TryGetValue(sourceEvent.EventId, out var known))
            {
                known.Reason = reason;
                known.StartTime = sourceEvent.StartTime;
                known.LastSeen = wallNow;
            }
            else
            {
                db.UnmatchedEvents.Add(new UnmatchedEvent
                {
                    Source = source, EventId = sourceEvent.EventId, Name = sourceEvent.Name, CompetitionId = sourceEvent.CompetitionId,
                    StartTime = sourceEvent.StartTime, Reason = reason, FirstSeen = wallNow, LastSeen = wallNow,
                });
            }
        }

        return links;
    }

    /// <summary>
    /// A fixture rescheduled away from its event's start (a postponement with a new date) no longer is that event: the
    /// link is dropped and the event matched afresh, so the old event's prices are never published for the new date.
    /// </summary>
    private static void DropMovedLinks(OddsCheckerDbContext db, Dictionary<string, EventLink> links, List<TrackedFixture> fixtures, List<SourceEvent> events)
    {
        var kickOffs = fixtures.ToDictionary(f => f.FixtureId, f => f.KickOff);
        foreach (var sourceEvent in events)
        {
            if (links.TryGetValue(sourceEvent.EventId, out var link) && kickOffs.TryGetValue(link.FixtureId, out var kickOff)
                && (kickOff - sourceEvent.StartTime).Duration() > EventMatcher.KickOffTolerance)
            {
                db.EventLinks.Remove(link);
                links.Remove(sourceEvent.EventId);
            }
        }
    }

    private static async Task<List<ObservedMarket>> ChangedMarketsAsync(
        OddsCheckerDbContext db, IOddsSource source, SourceOptions options, List<SourceMarket> due, HashSet<string> listedIds, Dictionary<string, EventLink> links,
        Dictionary<string, MarketState> states, DateTimeOffset now, DateTimeOffset wallNow, CancellationToken cancellationToken)
    {
        var prices = await source.ReadPricesAsync(options, due, cancellationToken);
        var observed = new List<(SourceMarket Market, ObservedMarket Observed)>();
        foreach (var price in prices.Where(p => p.Status != MarketStatuses.Inactive))
        {
            var closed = price.Status == MarketStatuses.Closed;
            // A market read by id has no runner names: only its closing is news (an open one is listed again).
            if (!listedIds.Contains(price.Market.MarketId) && !closed)
            {
                continue;
            }

            var fixtureId = links[price.Market.Event.EventId].FixtureId;
            observed.Add((price.Market, new ObservedMarket(fixtureId, price.Market.MarketType, now, closed ? [] : price.Runners)
            {
                ExchangeMarketId = price.Market.MarketId, InPlay = price.InPlay, TotalMatched = price.TotalMatched,
                Status = price.Status == MarketStatuses.Open ? null : price.Status,
            }));
        }

        return MarketChanges.Record(db, source.Name, states, observed, wallNow);
    }

    /// <summary>A published market the source no longer lists, rebuilt from its state to be read by id.</summary>
    private static SourceMarket Unlisted(MarketState state) =>
        new(state.MarketId, state.MarketType ?? string.Empty, new SourceEvent(state.EventId!, string.Empty, null, string.Empty, string.Empty, DateTimeOffset.MinValue),
            new Dictionary<long, string>());

    private static async Task LoadLinksAsync(OddsCheckerDbContext db, string source, Dictionary<string, EventLink> links, IEnumerable<string> eventIds, CancellationToken cancellationToken)
    {
        var missing = eventIds.Where(id => !links.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            foreach (var link in await db.EventLinks.Where(l => l.Source == source && missing.Contains(l.EventId)).ToListAsync(cancellationToken))
            {
                links[link.EventId] = link;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Source}: {Listed} markets listed, {Polled} polled, {Published} changed and published, {Unmatched} events unmatched")]
    private partial void LogPolled(string source, int listed, int polled, int published, int unmatched);
}
