using Statistico.Contracts.Odds;
using Statistico.OddsChecker.Data;
using Statistico.OddsChecker.Sources;

namespace Statistico.OddsChecker.Polling;

/// <summary>
/// Change detection shared by every source and the backfills (ADR 0501): an observed market is news when its
/// fingerprint differs from the one last published; its state is updated in the same unit of work as the batch.
/// </summary>
internal static class MarketChanges
{
    /// <summary>The markets that changed, in order; their states are added or updated on <paramref name="db"/> (not saved).</summary>
    public static List<ObservedMarket> Record(
        OddsCheckerDbContext db, string source, Dictionary<string, MarketState> states, IEnumerable<(SourceMarket Market, ObservedMarket Observed)> observed, DateTimeOffset wallNow)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(observed);
        var changed = new List<ObservedMarket>();
        foreach (var (market, candidate) in observed)
        {
            var fingerprint = MarketFingerprint.Of(candidate);
            if (states.TryGetValue(market.MarketId, out var state))
            {
                if (state.Fingerprint == fingerprint)
                {
                    continue;
                }

                state.Fingerprint = fingerprint;
                state.LastPublishedAt = wallNow;
            }
            else
            {
                state = new MarketState { Source = source, MarketId = market.MarketId, FixtureId = candidate.FixtureId, Fingerprint = fingerprint, LastPublishedAt = wallNow };
                db.MarketStates.Add(state);
                states[market.MarketId] = state;
            }

            (state.FixtureId, state.EventId, state.MarketType, state.Status) = (candidate.FixtureId, market.Event.EventId, candidate.MarketType, candidate.Status);
            changed.Add(candidate);
        }

        return changed;
    }
}
