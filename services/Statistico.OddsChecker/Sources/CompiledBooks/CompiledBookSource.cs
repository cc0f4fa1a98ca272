using System.Globalization;
using System.Net;
using Statistico.Contracts.Odds;
using Statistico.OddsChecker.Data;

namespace Statistico.OddsChecker.Sources.CompiledBooks;

/// <summary>
/// Statistico's own compiled book (ADR 0505), read from the Odds Compiler's <c>GET /api/books/{fixtureId}</c> for each
/// tracked fixture in the window. Books are keyed by Statistico's fixture ids, so events link by id, never by name.
/// Each book price is published as the one back price of its selection with size 0 (a book quotes prices, it offers
/// no stake); there are no lay prices, runner ids or last traded prices, because the book has none.
/// </summary>
internal sealed class CompiledBookSource(IHttpClientFactory httpClients) : IOddsSource
{
    public const string SourceName = "statistico";

    /// <summary>The Odds Compiler's address, required when this source is enabled (checked at start).</summary>
    public const string BaseUrlKey = $"{OddsCheckerOptions.SectionName}:Sources:{SourceName}:BaseUrl";
    public const string HttpClientName = "statistico-books";

    // Books fetched by this poll's listing, so reading prices costs no second request per fixture.
    private readonly Dictionary<string, CompiledMarket> listed = new(StringComparer.Ordinal);

    public string Name => SourceName;

    public async Task<IReadOnlyList<SourceMarket>> ListMarketsAsync(
        SourceOptions options, IReadOnlyList<TrackedFixture> fixtures, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fixtures);
        var types = options.MarketTypes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var markets = new List<SourceMarket>();
        listed.Clear();
        foreach (var fixture in fixtures.Where(f => f.KickOff >= from && f.KickOff <= to))
        {
            if (await BookAsync(options, fixture.FixtureId, cancellationToken) is not { } book)
            {
                continue;
            }

            var sourceEvent = new SourceEvent(book.FixtureId.ToString("N"), $"{book.HomeTeam} v {book.AwayTeam}", book.CompetitionId, book.HomeTeam, book.AwayTeam, book.KickOff)
            {
                FixtureId = book.FixtureId,
            };
            foreach (var market in book.Markets.Where(m => types.Contains(m.MarketType)))
            {
                var marketId = MarketId(book.FixtureId, market);
                listed[marketId] = market;
                markets.Add(new SourceMarket(marketId, market.MarketType, sourceEvent, new Dictionary<long, string>()));
            }
        }

        return markets;
    }

    public async Task<IReadOnlyList<SourcePrices>> ReadPricesAsync(SourceOptions options, IReadOnlyList<SourceMarket> markets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(markets);
        var prices = new List<SourcePrices>(markets.Count);
        foreach (var market in markets)
        {
            if (listed.TryGetValue(market.MarketId, out var compiled))
            {
                prices.Add(new SourcePrices(market, InPlay: false, MarketStatuses.Open, TotalMatched: null, [.. compiled.Selections.Select(s => Runner(compiled, s))]));
            }

            // A market no longer in the fixture's book (it was listed by an earlier poll) is simply not priced now.
        }

        return prices;
    }

    /// <summary>The checker's id of a compiled market: the fixture, the market type and, for line markets, the line.</summary>
    public static string MarketId(Guid fixtureId, CompiledMarket market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var id = $"{fixtureId:N}/{market.MarketType}";
        return market.Line is { } line ? $"{id}/{line.ToString(CultureInfo.InvariantCulture)}" : id;
    }

    private static ObservedRunner Runner(CompiledMarket market, CompiledSelection selection) =>
        new(selection.Selection, [new PriceSize(selection.BookPrice, 0m)], []) { Handicap = market.Line };

    private async Task<CompiledBookDto?> BookAsync(SourceOptions options, Guid fixtureId, CancellationToken cancellationToken)
    {
        var baseUrl = options.BaseUrl ?? throw new InvalidOperationException($"OddsChecker:Sources:{SourceName}:BaseUrl is required (the Odds Compiler's address).");
        using var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.GetAsync(new Uri(baseUrl, $"api/books/{fixtureId}"), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null; // not priced (yet): the compiler says why in its problem details; nothing to observe
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<CompiledBookDto>(cancellationToken);
    }
}
