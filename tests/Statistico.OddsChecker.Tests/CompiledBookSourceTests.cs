using Statistico.Contracts.FootballData;
using Statistico.Contracts.Odds;
using Statistico.OddsChecker.Polling;
using Statistico.OddsChecker.Sources.CompiledBooks;
using Statistico.OddsChecker.Tests.Support;
using Statistico.Testing;

namespace Statistico.OddsChecker.Tests;

/// <summary>
/// Statistico's compiled book as a source: the real checker on real broker and database reads books from a loopback
/// server serving the Odds Compiler's DTO, and publishes them through the same change detection as the exchange.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CompiledBookSourceTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private const string MarketOddsObserved = "Statistico.Contracts.Odds:MarketOddsObserved";
    private readonly List<IAsyncDisposable> owned = [];
    private BookServer books = null!;
    private EventProbe probe = null!;
    private CheckerFactory checker = null!;
    private string checkerDatabase = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private PollStatistics Statistics => (PollStatistics)checker.Services.GetService(typeof(PollStatistics))!;

    public async ValueTask InitializeAsync()
    {
        books = await BookServer.StartAsync(Ct);
        owned.Add(books);
        var database = await infrastructure.CreateDatabaseAsync("oddschecker-books");
        owned.Add(database);
        checkerDatabase = database.ConnectionString;
        var virtualHost = await infrastructure.CreateVirtualHostAsync("oddschecker-books");
        owned.Add(virtualHost);
        probe = await EventProbe.BindAsync(virtualHost.BrokerUri, [MarketOddsObserved], Ct);
        owned.Add(probe);
        const string Source = "OddsChecker:Sources:statistico:";
        checker = new CheckerFactory(database.ConnectionString, virtualHost.BrokerUri, () => new HttpClientHandler(), new Dictionary<string, string?>
        {
            ["OddsChecker:Sources:betfair:Enabled"] = "false",
            [Source + "Enabled"] = "true",
            [Source + "BaseUrl"] = books.BaseUrl.ToString(),
            [Source + "Cron"] = "0/1 * * * * ?",
            [Source + "MarketTypes:0"] = "MATCH_ODDS",
            [Source + "MarketTypes:1"] = "OVER_UNDER_25",
            [Source + "MarketTypes:2"] = "",
            [Source + "DefaultInterval"] = "00:00:00.500",
            [Source + "Bursts:0:Every"] = "00:00:00.500",
        });
        owned.Add(checker);
        using var api = checker.CreateClient();
        await Eventually.UntilAsync(async () => (await api.GetAsync("/health", Ct)).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "the Odds Checker to be healthy", Ct);
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = owned.Count - 1; i >= 0; i--)
        {
            await owned[i].DisposeAsync();
        }
    }

    [Fact]
    public async Task A_fixtures_book_is_published_as_back_prices_once_then_only_what_the_compiler_changed()
    {
        var kickOff = DateTimeOffset.UtcNow.AddHours(3);
        var priced = await AnnounceAsync("Alpha", "Beta", kickOff);
        var waiting = await AnnounceAsync("Gamma", "Delta", kickOff);
        var matchOdds = new CompiledMarket("MATCH_ODDS", [new("HOME", 0.5, 2m, 1.9m), new("DRAW", 0.25, 4m, 3.8m), new("AWAY", 0.25, 4m, 3.75m)]);
        var overUnder = new CompiledMarket("OVER_UNDER_25", [new("OVER", 0.55, 1.82m, 1.75m), new("UNDER", 0.45, 2.22m, 2.12m)]);
        var correctScore = new CompiledMarket("CORRECT_SCORE", [new("1-0", 0.1, 10m, 9.4m)]);
        books.Serve(priced, "Alpha", "Beta", kickOff, matchOdds, overUnder, correctScore);

        var first = await probe.TakeAsync(1, TimeSpan.FromSeconds(30), Ct);
        Assert.All(first, b => Assert.Equal("statistico", b.Message.GetProperty("source").GetString()));
        var markets = first.SelectMany(b => b.Message.GetProperty("markets").EnumerateArray()).ToList();
        // Only the configured types, only the fixture with a book.
        Assert.Equal(["MATCH_ODDS", "OVER_UNDER_25"], markets.Select(m => m.GetProperty("marketType").GetString()).Order());
        Assert.All(markets, m => Assert.Equal(priced, m.GetProperty("fixtureId").GetGuid()));
        var published = markets.Single(m => m.GetProperty("marketType").GetString() == "MATCH_ODDS");
        Assert.Equal(CompiledBookSource.MarketId(priced, matchOdds), published.GetProperty("exchangeMarketId").GetString());
        foreach (var selection in matchOdds.Selections)
        {
            var runner = published.GetProperty("runners").EnumerateArray().Single(r => r.GetProperty("selection").GetString() == selection.Selection);
            var back = Assert.Single(runner.GetProperty("back").EnumerateArray());
            Assert.Equal(selection.BookPrice, back.GetProperty("price").AsDecimal());
            Assert.Equal(0m, back.GetProperty("size").AsDecimal());
            Assert.Empty(runner.GetProperty("lay").EnumerateArray());
        }

        // Nothing changes: nothing is published however often the books are read.
        var requests = books.Requests;
        await WaitForPollsAsync(3);
        Assert.True(books.Requests > requests, "the books are read at every poll");
        Assert.Empty(await probe.ArrivedAsync(Ct));

        // The compiler re-prices one market and prices the other fixture: exactly those are published.
        books.Serve(priced, "Alpha", "Beta", kickOff, matchOdds with { Selections = [new("HOME", 0.52, 1.92m, 1.83m), .. matchOdds.Selections.Skip(1)] }, overUnder, correctScore);
        books.Serve(waiting, "Gamma", "Delta", kickOff, matchOdds);
        var next = await probe.TakeAsync(1, TimeSpan.FromSeconds(30), Ct);
        await WaitForPollsAsync(2);
        next.AddRange(await probe.ArrivedAsync(Ct));
        var changed = next.SelectMany(b => b.Message.GetProperty("markets").EnumerateArray())
            .Select(m => (m.GetProperty("fixtureId").GetGuid(), m.GetProperty("marketType").GetString()!)).Order().ToList();
        Assert.Equal(new[] { (priced, "MATCH_ODDS"), (waiting, "MATCH_ODDS") }.Order(), changed);
    }

    private async Task<Guid> AnnounceAsync(string home, string away, DateTimeOffset kickOff)
    {
        var fixtureId = Guid.NewGuid();
        await probe.PublishAsync(new FixtureScheduled(fixtureId, "SIM", "2030/2031", home, away, kickOff, DateTimeOffset.UtcNow), Guid.NewGuid(), Ct);
        return fixtureId;
    }

    private async Task WaitForPollsAsync(int more)
    {
        var target = Statistics.Polls(CompiledBookSource.SourceName) + more;
        await Eventually.UntilAsync(() => Statistics.Polls(CompiledBookSource.SourceName) >= target, TimeSpan.FromSeconds(30), $"{target} polls", Ct);
        // The polls have committed; once the outbox has delivered what they published, the probe has all of it.
        await InboxEvidence.OutboxDrainedAsync(checkerDatabase, TimeSpan.FromSeconds(30), Ct);
    }
}
