using Statistico.OddsChecker.Data;

namespace Statistico.OddsChecker.Sources;

/// <summary>
/// One odds source behind the checker (Betfair Exchange, historical files, Statistico's own book): it lists the events
/// and markets it prices, and reads their current prices. Mapping to fixtures, change detection and publishing are
/// the checker's, the same for every source.
/// </summary>
internal interface IOddsSource
{
    /// <summary>The source's name as configured and published, e.g. <c>betfair</c>.</summary>
    string Name { get; }

    /// <summary>
    /// The source's markets of the configured types for events starting in <paramref name="from"/>..<paramref name="to"/>.
    /// <paramref name="fixtures"/> are the tracked fixtures in that window, for a source keyed by Statistico's own ids.
    /// </summary>
    Task<IReadOnlyList<SourceMarket>> ListMarketsAsync(
        SourceOptions options, IReadOnlyList<TrackedFixture> fixtures, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Current prices of the given markets.</summary>
    Task<IReadOnlyList<SourcePrices>> ReadPricesAsync(SourceOptions options, IReadOnlyList<SourceMarket> markets, CancellationToken cancellationToken);
}
