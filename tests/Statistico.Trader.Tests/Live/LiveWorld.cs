extern alias simulator;

using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Contracts.Trading;
using Statistico.Testing;
using Statistico.Trader.Data;
using Statistico.Trader.Live;
using Statistico.Trader.Positions;
using Statistico.Trader.Strategies;
using Statistico.Trader.Trading;
using Side = Statistico.Contracts.Trading.Side;

namespace Statistico.Trader.Tests.Live;

/// <summary>
/// A Simulator and a Trader trading on it, each on its own database, on a virtual host of their own. The Trader's own
/// Betfair client (the one its live exchange uses) doubles as the test's view of the exchange; the Simulator's
/// database is the evidence of how many orders exist.
/// </summary>
internal sealed class LiveWorld : IAsyncDisposable
{
    public const string StrategyId = "live-test";

    private readonly IsolatedDatabase simulatorDatabase;
    private readonly IsolatedVirtualHost virtualHost;
    private readonly List<LiveTraderFactory> replicas = [];
    private string? certificatePath;
    private IReadOnlyDictionary<string, string?>? traderSettings;

    private LiveWorld(IsolatedDatabase simulatorDatabase, IsolatedDatabase traderDatabase, IsolatedVirtualHost virtualHost, LiveSimulatorFactory simulator, LiveTraderFactory trader, TcpProxy? brokerProxy)
    {
        BrokerProxy = brokerProxy;
        this.simulatorDatabase = simulatorDatabase;
        TraderDatabase = traderDatabase;
        this.virtualHost = virtualHost;
        Simulator = simulator;
        Trader = trader;
        Control = simulator.CreateClient();
    }

    public IsolatedDatabase TraderDatabase { get; }

    /// <summary>The world's virtual host on the broker, for a second Trader replica.</summary>
    public Uri BrokerUri => virtualHost.BrokerUri;

    /// <summary>The Trader's only way to the broker, when the world was started with one: cut it to take the broker away.</summary>
    public TcpProxy? BrokerProxy { get; }

    public LiveSimulatorFactory Simulator { get; }

    /// <summary>The Trader the helpers talk to (the first one started, until <see cref="StopAsync"/> hands over).</summary>
    public LiveTraderFactory Trader { get; private set; }

    /// <summary>The Simulator's control API (faults, clock).</summary>
    public HttpClient Control { get; }

    public IBetfairClient Exchange => Trader.Services.GetRequiredService<IBetfairClient>();

    /// <summary>The Trader's order stream (only in a world started with one).</summary>
    public LiveOrderStream OrderStream => Trader.Services.GetRequiredService<LiveOrderStream>();

    public static async Task<LiveWorld> StartAsync(TestInfrastructure infrastructure, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken) =>
        await StartAsync(infrastructure, settings, null, brokerThroughProxy: false, cancellationToken);

    /// <summary>A world whose Simulator takes <paramref name="simulatorSettings"/>, and whose Trader reaches the broker through a proxy when asked.</summary>
    public static Task<LiveWorld> StartAsync(
        TestInfrastructure infrastructure, IReadOnlyDictionary<string, string?>? settings, IReadOnlyDictionary<string, string>? simulatorSettings, bool brokerThroughProxy, CancellationToken cancellationToken) =>
        StartCoreAsync(infrastructure, settings, simulatorSettings, brokerThroughProxy, orderStream: false, firstTraderServices: null, cancellationToken);

    /// <summary>
    /// A world whose Simulator also serves the Exchange Stream API on a loopback port (real TLS, its certificate pinned
    /// by the Trader) and whose Trader takes order updates from the order stream (<c>Trader:Live:OrderStream</c>).
    /// </summary>
    public static Task<LiveWorld> StartWithOrderStreamAsync(
        TestInfrastructure infrastructure, IReadOnlyDictionary<string, string?>? settings, IReadOnlyDictionary<string, string>? simulatorSettings, CancellationToken cancellationToken) =>
        StartWithOrderStreamAsync(infrastructure, settings, simulatorSettings, firstTraderServices: null, cancellationToken);

    /// <summary>The same world, with <paramref name="firstTraderServices"/> added to the first Trader only (not to replicas started later).</summary>
    public static Task<LiveWorld> StartWithOrderStreamAsync(
        TestInfrastructure infrastructure, IReadOnlyDictionary<string, string?>? settings, IReadOnlyDictionary<string, string>? simulatorSettings,
        Action<IServiceCollection>? firstTraderServices, CancellationToken cancellationToken) =>
        StartCoreAsync(infrastructure, settings, simulatorSettings, brokerThroughProxy: false, orderStream: true, firstTraderServices, cancellationToken);

    private static async Task<LiveWorld> StartCoreAsync(
        TestInfrastructure infrastructure, IReadOnlyDictionary<string, string?>? settings, IReadOnlyDictionary<string, string>? simulatorSettings, bool brokerThroughProxy, bool orderStream,
        Action<IServiceCollection>? firstTraderServices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(infrastructure);
        var simulatorDatabase = await infrastructure.CreateDatabaseAsync("live-simulator");
        var traderDatabase = await infrastructure.CreateDatabaseAsync("live-trader");
        var virtualHost = await infrastructure.CreateVirtualHostAsync("live-trader");
        var proxy = brokerThroughProxy ? new TcpProxy(virtualHost.BrokerUri.Host, virtualHost.BrokerUri.Port) : null;
        string? pem = null;
        if (orderStream)
        {
            simulatorSettings = new Dictionary<string, string>(simulatorSettings ?? new Dictionary<string, string>())
            {
                ["Simulator:Stream:Port"] = "0", ["Simulator:Stream:BindAddress"] = "127.0.0.1", ["Simulator:Stream:TickInterval"] = "00:00:00.050",
            };
        }

        var simulator = new LiveSimulatorFactory(simulatorDatabase.ConnectionString, simulatorSettings);
        if (orderStream)
        {
            // Starting the Simulator's host binds its stream listener: only then are its port and certificate known.
            var server = simulator.Services.GetRequiredService<simulator::Statistico.Simulator.Streaming.StreamServer>();
            pem = Path.Combine(Path.GetTempPath(), $"statistico-trader-stream-{Guid.NewGuid():N}.pem");
            await File.WriteAllTextAsync(pem, server.Certificate!.ExportCertificatePem(), cancellationToken);
            var streamed = new Dictionary<string, string?>
            {
                ["Trader:Live:OrderStream"] = "true",
                ["Betfair:Stream:Host"] = "127.0.0.1",
                ["Betfair:Stream:Port"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Betfair:Stream:TrustedCertificatePath"] = pem,
                ["Betfair:Stream:HeartbeatMs"] = "500",
                ["Betfair:Stream:IdleTimeout"] = "00:00:05",
                ["Betfair:Stream:ReconnectDelay"] = "00:00:00.300",
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                streamed[key] = value; // the test's own settings win
            }

            settings = streamed;
        }

        var broker = proxy is null ? virtualHost.BrokerUri : virtualHost.BrokerUriThrough(proxy.Port);
        var trader = new LiveTraderFactory(traderDatabase.ConnectionString, broker, () => simulator.Server.CreateHandler(), settings, firstTraderServices);
        var world = new LiveWorld(simulatorDatabase, traderDatabase, virtualHost, simulator, trader, proxy) { certificatePath = pem, traderSettings = settings };
        using var health = trader.CreateClient();
        await Eventually.UntilAsync(async () => (await health.GetAsync("/health", cancellationToken)).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "the Trader to be healthy", cancellationToken);
        return world;
    }

    /// <summary>Another replica of the Trader, with the first one's settings, on the same database and virtual host; healthy when returned.</summary>
    public async Task<LiveTraderFactory> StartReplicaAsync(CancellationToken cancellationToken)
    {
        var replica = new LiveTraderFactory(TraderDatabase.ConnectionString, BrokerUri, () => Simulator.Server.CreateHandler(), traderSettings);
        replicas.Add(replica);
        using var health = replica.CreateClient();
        await Eventually.UntilAsync(async () => (await health.GetAsync("/health", cancellationToken)).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "the replica to be healthy", cancellationToken);
        return replica;
    }

    /// <summary>Stops <paramref name="trader"/> (the first Trader or a replica); the helpers then talk to <paramref name="next"/>.</summary>
    public async Task StopAsync(LiveTraderFactory trader, LiveTraderFactory next)
    {
        ArgumentNullException.ThrowIfNull(trader);
        await trader.DisposeAsync();
        replicas.Remove(trader);
        if (Trader == trader)
        {
            replicas.Remove(next);
            Trader = next;
        }
    }

    /// <summary>The best price offered to lay the market's runner now (a back there rests until counter-party flow reaches it).</summary>
    public async Task<decimal> BestLayAsync(LiveMarket market, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(market);
        var book = await Exchange.ListMarketBookAsync(new ListMarketBookRequest([market.MarketId], new PriceProjection([PriceData.ExBestOffers])), cancellationToken);
        return book[0].Runners.Single(r => r.SelectionId == market.SelectionId).Exchange!.AvailableToLay[0].Price;
    }

    /// <summary>The <paramref name="index"/>th MATCH_ODDS market by kick-off, its home runner and best back offer.</summary>
    public async Task<LiveMarket> MarketAsync(int index, CancellationToken cancellationToken)
    {
        var catalogue = await Exchange.ListMarketCatalogueAsync(
            new ListMarketCatalogueRequest(new MarketFilter { MarketTypeCodes = ["MATCH_ODDS"] }, [MarketProjection.RunnerDescription, MarketProjection.MarketStartTime], MarketSort.FirstToStart),
            cancellationToken);
        var market = catalogue[index];
        var runner = market.Runners![0].SelectionId;
        var book = await Exchange.ListMarketBookAsync(new ListMarketBookRequest([market.MarketId], new PriceProjection([PriceData.ExBestOffers])), cancellationToken);
        var best = book[0].Runners.Single(r => r.SelectionId == runner).Exchange!.AvailableToBack[0];
        return new LiveMarket(market.MarketId, runner, market.MarketStartTime!.Value, best.Price, best.Size);
    }

    /// <summary>Signals a LIVE back of <paramref name="stake"/> at <paramref name="price"/>, as the signaller does: position, then TradeSignalled.</summary>
    public async Task<Guid> SignalAsync(LiveMarket market, decimal price, decimal stake, CancellationToken cancellationToken, Guid? tradeId = null)
    {
        ArgumentNullException.ThrowIfNull(market);
        var id = tradeId ?? NewId.NextGuid();
        var now = DateTimeOffset.UtcNow;
        var fixtureId = NewId.NextGuid(); // the Trader keys nothing live on the fixture
        await using (var scope = Trader.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TraderDbContext>();
            db.Positions.Add(new Position
            {
                TradeId = id, StrategyId = StrategyId, FixtureId = fixtureId, MarketType = "MATCH_ODDS", Selection = "HOME",
                Mode = StrategyMode.Live, Liability = stake, OpenedAt = now,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        await Trader.Services.GetRequiredService<IBus>().Publish(
            new TradeSignalled(id, StrategyId, fixtureId, "MATCH_ODDS", "HOME", Side.Back, price, stake, 0.5, now)
            {
                ExchangeMarketId = market.MarketId, RunnerId = market.SelectionId, Paper = false, Source = "betfair", CommissionRate = 0.05,
            },
            cancellationToken);
        return id;
    }

    /// <summary>Places the trade's order at the exchange directly, with the trade's references, as a crashed Trader would have.</summary>
    public async Task<PlaceOutcome> PlaceDirectlyAsync(LiveMarket market, Guid tradeId, decimal price, decimal stake, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(market);
        return await Exchange.PlaceOrdersAsync(
            new PlaceOrdersRequest(market.MarketId,
                [new PlaceInstruction(OrderType.Limit, market.SelectionId, Betfair.Api.Side.Back, new LimitOrder(stake, price, PersistenceType.Lapse)) { CustomerOrderRef = TradeReferences.CustomerOrderRef(tradeId) }],
                TradeReferences.CustomerRef(tradeId, 1)),
            cancellationToken);
    }

    /// <summary>Writes the ledger row a Trader commits before its call, as if it had died right after (nothing else happens).</summary>
    public async Task OpenLedgerRowAsync(LiveMarket market, Guid tradeId, decimal price, decimal stake, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(market);
        await using var scope = Trader.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TraderDbContext>();
        db.LiveOrders.Add(new LiveOrder
        {
            CustomerOrderRef = TradeReferences.CustomerOrderRef(tradeId), TradeId = tradeId, MarketId = market.MarketId, SelectionId = market.SelectionId,
            Side = Side.Back, Price = price, Size = stake, CustomerRef = TradeReferences.CustomerRef(tradeId, 1), Status = LiveOrderStatus.Sending,
            CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<TradeState?> TradeAsync(Guid tradeId, CancellationToken cancellationToken)
    {
        await using var scope = Trader.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TraderDbContext>().Trades.AsNoTracking().SingleOrDefaultAsync(t => t.CorrelationId == tradeId, cancellationToken);
    }

    public async Task<LiveOrder?> LedgerRowAsync(Guid tradeId, CancellationToken cancellationToken)
    {
        await using var scope = Trader.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TraderDbContext>().LiveOrders.AsNoTracking().SingleOrDefaultAsync(o => o.TradeId == tradeId, cancellationToken);
    }

    public async Task<Position> PositionAsync(Guid tradeId, CancellationToken cancellationToken)
    {
        await using var scope = Trader.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TraderDbContext>().Positions.AsNoTracking().SingleAsync(p => p.TradeId == tradeId, cancellationToken);
    }

    /// <summary>Waits until the trade is in one of <paramref name="states"/>, and returns it.</summary>
    public async Task<TradeState> ReachesAsync(Guid tradeId, TimeSpan timeout, CancellationToken cancellationToken, params string[] states)
    {
        TradeState? trade = null;
        await Eventually.UntilAsync(
            async () => (trade = await TradeAsync(tradeId, cancellationToken)) is { } t && states.Contains(t.CurrentState),
            timeout,
            $"trade {tradeId} in {string.Join("/", states)} (is {trade?.CurrentState ?? "absent"}, {trade?.EndReason})",
            cancellationToken);
        return trade!;
    }

    /// <summary>Every order the Simulator holds under the trade's customer order reference, whatever became of it.</summary>
    public async Task<long> OrdersAtExchangeAsync(Guid tradeId, CancellationToken cancellationToken) =>
        await SimulatorScalarAsync<long>("SELECT count(*) FROM orders WHERE \"CustomerOrderRef\" = $1", TradeReferences.CustomerOrderRef(tradeId), cancellationToken);

    /// <summary>Every order the Simulator holds, whoever placed it.</summary>
    public Task<long> AllOrdersAtExchangeAsync(CancellationToken cancellationToken) =>
        SimulatorScalarAsync<long>("SELECT count(*) FROM orders", null, cancellationToken);

    /// <summary>The Simulator account's cash balance (settled markets only).</summary>
    public Task<decimal> BalanceAsync(CancellationToken cancellationToken) =>
        SimulatorScalarAsync<decimal>("SELECT \"Balance\" FROM accounts", null, cancellationToken);

    public async Task DropNextAnswersAsync(int count, CancellationToken cancellationToken) =>
        (await Control.PostAsJsonAsync("/control/faults", new { dropNext = count }, cancellationToken)).EnsureSuccessStatusCode();

    public async Task AdvanceToAsync(DateTimeOffset to, CancellationToken cancellationToken) =>
        (await Control.PostAsJsonAsync("/control/advance", new { to }, cancellationToken)).EnsureSuccessStatusCode();

    /// <summary>Sends a PlaceOrder straight to the live exchange's queue, as a duplicate or a redelivery would arrive.</summary>
    public async Task SendPlaceOrderAsync(PlaceOrder order, Guid messageId, CancellationToken cancellationToken)
    {
        var endpoint = await Trader.Services.GetRequiredService<IBus>().GetSendEndpoint(OrderEndpoints.For(StrategyMode.Live));
        await endpoint.Send(order, context => context.MessageId = messageId, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        foreach (var replica in replicas)
        {
            await replica.DisposeAsync();
        }

        await Trader.DisposeAsync();
        if (BrokerProxy is not null)
        {
            await BrokerProxy.DisposeAsync();
        }

        await Simulator.DisposeAsync();
        await virtualHost.DisposeAsync();
        await TraderDatabase.DisposeAsync();
        await simulatorDatabase.DisposeAsync();
        if (certificatePath is not null)
        {
            File.Delete(certificatePath);
        }
    }

    private async Task<T> SimulatorScalarAsync<T>(string sql, string? parameter, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(simulatorDatabase.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = parameter });
        }

        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
