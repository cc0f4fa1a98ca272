extern alias simulator;

using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Contracts.FootballData;
using Statistico.Messaging.Outbox;
using Statistico.OddsChecker.Data;
using Statistico.OddsChecker.Polling;
using Statistico.Testing;

namespace Statistico.OddsChecker.Tests.Support;

/// <summary>
/// The real Simulator and the real Odds Checker side by side on real infrastructure, a probe on the checker's
/// <c>MarketOddsObserved</c> exchange, and a Betfair client of the test's own to look at (and trade on) the exchange.
/// The test plays Football Data by publishing <see cref="FixtureScheduled"/>.
/// </summary>
internal sealed class CheckedWorld : IAsyncDisposable
{
    public const string Source = "betfair";
    private const string MarketOddsObserved = "Statistico.Contracts.Odds:MarketOddsObserved";

    private readonly List<IAsyncDisposable> owned = [];
    private IReadOnlyDictionary<string, string?>? settings;
    private Uri broker = null!;

    private CheckedWorld()
    {
    }

    public SimulatorFactory Simulator { get; private set; } = null!;

    public CheckerFactory Checker { get; private set; } = null!;

    /// <summary>The checker's database (its inbox and outbox are the evidence that it has finished).</summary>
    public string CheckerDatabase { get; private set; } = null!;

    public HttpClient CheckerApi { get; private set; } = null!;

    public EventProbe Probe { get; private set; } = null!;

    public IBetfairClient Exchange { get; private set; } = null!;

    public PollStatistics Statistics => Checker.Services.GetRequiredService<PollStatistics>();

    public static async Task<CheckedWorld> StartAsync(
        TestInfrastructure infrastructure, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? checkerSettings = null, bool streaming = false)
    {
        var world = new CheckedWorld();
        var simulatorDatabase = await infrastructure.CreateDatabaseAsync("checker-simulator");
        world.owned.Add(simulatorDatabase);
        world.Simulator = new SimulatorFactory(simulatorDatabase.ConnectionString);
        world.owned.Add(world.Simulator);
        _ = world.Simulator.Server;

        var exchangeServices = ExchangeClient(world.Simulator);
        world.owned.Add(exchangeServices);
        world.Exchange = exchangeServices.GetRequiredService<IBetfairClient>();

        var checkerDatabase = await infrastructure.CreateDatabaseAsync("oddschecker");
        world.owned.Add(checkerDatabase);
        world.CheckerDatabase = checkerDatabase.ConnectionString;
        var virtualHost = await infrastructure.CreateVirtualHostAsync("oddschecker");
        world.owned.Add(virtualHost);
        world.Probe = await EventProbe.BindAsync(virtualHost.BrokerUri, [MarketOddsObserved], cancellationToken);
        world.owned.Add(world.Probe);
        if (streaming)
        {
            checkerSettings = world.StreamSettings(checkerSettings);
        }

        world.settings = checkerSettings;
        world.broker = virtualHost.BrokerUri;
        world.Checker = new CheckerFactory(checkerDatabase.ConnectionString, virtualHost.BrokerUri, () => world.Simulator.Server.CreateHandler(), checkerSettings);
        world.owned.Add(world.Checker);
        world.CheckerApi = world.Checker.CreateClient();
        await Eventually.UntilAsync(
            async () => (await world.CheckerApi.GetAsync("/health", cancellationToken)).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "the Odds Checker to be healthy", cancellationToken);
        return world;
    }

    /// <summary>Another replica of the checker: the same database, broker, Simulator and settings as <see cref="Checker"/>.</summary>
    public async Task<CheckerFactory> StartReplicaAsync(CancellationToken cancellationToken)
    {
        var replica = new CheckerFactory(CheckerDatabase, broker, () => Simulator.Server.CreateHandler(), settings);
        owned.Add(replica);
        using var api = replica.CreateClient();
        await Eventually.UntilAsync(
            async () => (await api.GetAsync("/health", cancellationToken)).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "the replica to be healthy", cancellationToken);
        return replica;
    }

    /// <summary>The exchange's MATCH_ODDS markets of the first matchday (the clock is paused before it), with their events.</summary>
    public async Task<List<MarketCatalogue>> MatchdayMarketsAsync(CancellationToken cancellationToken)
    {
        var markets = await Exchange.ListMarketCatalogueAsync(new ListMarketCatalogueRequest(
            new MarketFilter { EventTypeIds = ["1"], MarketTypeCodes = ["MATCH_ODDS"], MarketStartTime = new TimeRange(null, new DateTimeOffset(2030, 8, 4, 0, 0, 0, TimeSpan.Zero)) },
            [MarketProjection.Event, MarketProjection.RunnerDescription, MarketProjection.MarketStartTime], MarketSort.FirstToStart), cancellationToken);
        return [.. markets];
    }

    /// <summary>Football Data announcing the fixture behind <paramref name="market"/>'s event, optionally spelling a team its own way.</summary>
    public async Task<Guid> AnnounceAsync(MarketCatalogue market, CancellationToken cancellationToken, string? homeSpelling = null)
    {
        var teams = market.Event!.Name.Split(" v ");
        var fixtureId = Guid.NewGuid();
        var kickOff = market.Event.OpenDate!.Value;
        await Probe.PublishAsync(
            new FixtureScheduled(fixtureId, "SIM", "2030/2031", homeSpelling ?? teams[0], teams[1], kickOff, kickOff.AddDays(-30)), Guid.NewGuid(), cancellationToken);
        return fixtureId;
    }

    /// <summary>Football Data changing a fixture; returns the message id (to wait for its consumption).</summary>
    public async Task<Guid> UpdateAsync(FixtureUpdated update, CancellationToken cancellationToken)
    {
        // Through the checker's own bus, as Football Data's MassTransit would: the probe writes enums as strings, which
        // MassTransit's serializer does not read (the update would fault before reaching the consumer).
        var messageId = Guid.NewGuid();
        await Checker.Services.GetRequiredService<IBus>().Publish(update, context => context.MessageId = messageId, cancellationToken);
        return messageId;
    }

    /// <summary>Waits until the checker's fixture consumer has consumed the message (its inbox row says so).</summary>
    public async Task WaitForConsumedAsync(Guid messageId, CancellationToken cancellationToken)
    {
        async Task<List<InboxState>> InboxAsync()
        {
            await using var scope = Checker.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<OddsCheckerDbContext>().Set<InboxState>().AsNoTracking().ToListAsync(cancellationToken);
        }

        if (!await Eventually.HoldsAsync(async () => (await InboxAsync()).Any(i => i.MessageId == messageId && i.Consumed != null), TimeSpan.FromSeconds(30), cancellationToken))
        {
            var rows = string.Join("; ", (await InboxAsync()).Select(i => $"{i.MessageId} received {i.ReceiveCount}x consumed {i.Consumed}"));
            throw new TimeoutException($"message {messageId} not consumed by the checker in 30 s; inbox: {rows}");
        }
    }

    /// <summary>The checker's stored view of a fixture.</summary>
    public async Task<TrackedFixture?> FixtureAsync(Guid fixtureId, CancellationToken cancellationToken)
    {
        await using var scope = Checker.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OddsCheckerDbContext>().Fixtures.AsNoTracking().SingleOrDefaultAsync(f => f.FixtureId == fixtureId, cancellationToken);
    }

    /// <summary>Takes the crowd's best back offer on the market's first runner, so its ladder moves; returns the price taken.</summary>
    public async Task<decimal> MovePriceAsync(MarketCatalogue market, CancellationToken cancellationToken)
    {
        var runner = market.Runners![0].SelectionId;
        var book = Assert.Single(await Exchange.ListMarketBookAsync(new ListMarketBookRequest([market.MarketId], new PriceProjection([PriceData.ExBestOffers])), cancellationToken));
        var best = book.Runners.Single(r => r.SelectionId == runner).Exchange!.AvailableToBack[0];
        var placed = await Exchange.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId,
            [new PlaceInstruction(OrderType.Limit, runner, Side.Back, new LimitOrder(best.Size, best.Price, PersistenceType.Lapse)) { CustomerOrderRef = "move-1" }],
            TradeReferences.CustomerRef(Guid.NewGuid(), 1)), cancellationToken);
        Assert.IsType<OrdersPlaced>(placed);
        return best.Price;
    }

    public async Task WaitForFixturesAsync(int count, CancellationToken cancellationToken) =>
        await Eventually.UntilAsync(
            async () =>
            {
                await using var scope = Checker.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<OddsCheckerDbContext>().Fixtures.CountAsync(cancellationToken) >= count;
            },
            TimeSpan.FromSeconds(30), $"{count} fixtures known to the checker", cancellationToken);

    /// <summary>
    /// Waits until <paramref name="more"/> polls have started and finished (committed) after this call, and the outbox
    /// has delivered whatever they published: after it, an event the probe has not got was never sent.
    /// </summary>
    public async Task WaitForPollsAsync(int more, CancellationToken cancellationToken)
    {
        var target = Statistics.Polls(Source) + more;
        await Eventually.UntilAsync(() => Statistics.Polls(Source) >= target, TimeSpan.FromSeconds(30), $"{target} polls of {Source}", cancellationToken);
        await InboxEvidence.OutboxDrainedAsync(CheckerDatabase, TimeSpan.FromSeconds(30), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        CheckerApi?.Dispose();
        for (var i = owned.Count - 1; i >= 0; i--)
        {
            await owned[i].DisposeAsync();
        }
    }

    /// <summary>The checker's Betfair source on the Simulator's stream endpoint (a real TLS socket, its certificate pinned).</summary>
    private Dictionary<string, string?> StreamSettings(IReadOnlyDictionary<string, string?>? settings)
    {
        var server = Simulator.Services.GetRequiredService<simulator::Statistico.Simulator.Streaming.StreamServer>();
        var pem = Path.Combine(Path.GetTempPath(), $"statistico-checker-stream-{Guid.NewGuid():N}.pem");
        File.WriteAllText(pem, server.Certificate!.ExportCertificatePem());
        return new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["OddsChecker:Sources:betfair:Stream"] = "true",
            ["Betfair:Stream:Host"] = "127.0.0.1",
            ["Betfair:Stream:Port"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Betfair:Stream:TrustedCertificatePath"] = pem,
            ["Betfair:Stream:HeartbeatMs"] = "500",
            ["Betfair:Stream:ReconnectDelay"] = "00:00:00.200",
        };
    }

    private static ServiceProvider ExchangeClient(SimulatorFactory simulator)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Betfair:BaseUrl"] = "http://localhost/exchange/betting/json-rpc/v1",
            ["Betfair:AppKey"] = "simulator-app-key",
            ["Betfair:Username"] = "statistico",
            ["Betfair:Password"] = "simulator",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBetfairClient(configuration).ConfigurePrimaryHttpMessageHandler(() => simulator.Server.CreateHandler());
        return services.BuildServiceProvider();
    }
}
