using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Statistico.Betfair.Streaming;

/// <summary>
/// A long-lived Exchange Stream API client (ADR 1001): connects with TLS, authenticates with the JSON-RPC client's app
/// key and session, (re)sends its market and order subscriptions, and applies every message to <see cref="Markets"/> and
/// <see cref="Orders"/>. After a lost connection (or silence past the idle timeout) it reconnects and resubscribes with
/// the last <c>initialClk</c>/<c>clk</c>, so the server sends only what changed meanwhile.
/// </summary>
public sealed partial class BetfairStreamClient(
    BetfairSession session, IOptions<BetfairOptions> betfair, IOptions<BetfairStreamOptions> options, ILogger<BetfairStreamClient> logger)
{
    private readonly Lock gate = new();
    private StreamRequest? marketRequest;
    private StreamRequest? orderRequest;
    private (string? Initial, string? Clk) marketClk;
    private (string? Initial, string? Clk) orderClk;
    private StreamConnection? current;
    private int nextId;
    private int connections;

    public MarketCache Markets { get; } = new();

    public OrderCache Orders { get; } = new();

    /// <summary>Raised on the reading thread after a market message is applied, with the markets it changed.</summary>
    public event Action<IReadOnlyList<string>>? MarketsChanged;

    /// <summary>Raised after an order message is applied, with the orders it changed (each whole).</summary>
    public event Action<IReadOnlyList<(string MarketId, long SelectionId, StreamOrder Order)>>? OrdersChanged;

    /// <summary>Raised for every message received, before it is applied (diagnostics and tests).</summary>
    public event Action<StreamResponse>? MessageReceived;

    /// <summary>Whether a connection is up and authenticated now (the caches are being kept current).</summary>
    public bool Connected
    {
        get
        {
            lock (gate)
            {
                return current is not null;
            }
        }
    }

    /// <summary>How many times a connection has been authenticated.</summary>
    public int Connections => Volatile.Read(ref connections);

    public string? MarketClk
    {
        get
        {
            lock (gate)
            {
                return marketClk.Clk;
            }
        }
    }

    /// <summary>Subscribes to markets (replacing any market subscription): a fresh image follows.</summary>
    public Task SubscribeMarketsAsync(StreamMarketFilter filter, StreamMarketDataFilter data, CancellationToken cancellationToken)
    {
        StreamConnection? link;
        StreamRequest request;
        lock (gate)
        {
            marketRequest = request = new StreamRequest
            {
                Op = StreamOps.MarketSubscription, Id = ++nextId, MarketFilter = filter, MarketDataFilter = data,
                HeartbeatMs = options.Value.HeartbeatMs, ConflateMs = options.Value.ConflateMs,
            };
            marketClk = (null, null);
            link = current;
        }

        return link is null ? Task.CompletedTask : link.SendAsync(request, cancellationToken);
    }

    /// <summary>Subscribes to the account's orders (replacing any order subscription).</summary>
    public Task SubscribeOrdersAsync(StreamOrderFilter? filter, CancellationToken cancellationToken)
    {
        StreamConnection? link;
        StreamRequest request;
        lock (gate)
        {
            orderRequest = request = new StreamRequest
            {
                Op = StreamOps.OrderSubscription, Id = ++nextId, OrderFilter = filter, HeartbeatMs = options.Value.HeartbeatMs, ConflateMs = options.Value.ConflateMs,
            };
            orderClk = (null, null);
            link = current;
        }

        return link is null ? Task.CompletedTask : link.SendAsync(request, cancellationToken);
    }

    /// <summary>Cuts the current connection as a network failure would; <see cref="RunAsync"/> reconnects.</summary>
    public void Drop()
    {
        lock (gate)
        {
            current?.Abort();
        }
    }

    /// <summary>Runs until cancelled: connect, authenticate, subscribe, apply; on any failure wait and start again.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await RunConnectionAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogConnectionLost(exception, options.Value.Host, options.Value.Port);
            }

            await Task.Delay(options.Value.ReconnectDelay, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task RunConnectionAsync(CancellationToken cancellationToken)
    {
        var idle = options.Value.IdleTimeout;
        await using var link = await StreamConnection.OpenAsync(options.Value, cancellationToken);
        _ = await link.ReadAsync(idle, cancellationToken) ?? throw new IOException("the stream closed before its connection message");
        var token = await session.GetTokenAsync(cancellationToken);
        await link.SendAsync(new StreamRequest { Op = StreamOps.Authentication, Id = Interlocked.Increment(ref nextId), AppKey = betfair.Value.AppKey, Session = token }, cancellationToken);
        var status = await link.ReadAsync(idle, cancellationToken) ?? throw new IOException("the stream closed during authentication");
        if (status.StatusCode != "SUCCESS")
        {
            if (status.ErrorCode is StreamErrorCodes.InvalidSessionInformation or StreamErrorCodes.NoSession)
            {
                session.Invalidate(token);
            }

            throw new StreamStatusException(status.ErrorCode ?? "FAILURE", status.ErrorMessage);
        }

        Interlocked.Increment(ref connections);
        StreamRequest? markets;
        StreamRequest? orders;
        lock (gate)
        {
            current = link;
            markets = marketRequest is null ? null : marketRequest with { InitialClk = marketClk.Initial, Clk = marketClk.Clk };
            orders = orderRequest is null ? null : orderRequest with { InitialClk = orderClk.Initial, Clk = orderClk.Clk };
        }

        try
        {
            foreach (var request in new[] { markets, orders }.OfType<StreamRequest>())
            {
                await link.SendAsync(request, cancellationToken);
            }

            while (await link.ReadAsync(idle, cancellationToken) is { } message)
            {
                Dispatch(message);
            }
        }
        finally
        {
            lock (gate)
            {
                current = null;
            }
        }
    }

    private void Dispatch(StreamResponse message)
    {
        MessageReceived?.Invoke(message);
        switch (message.Op)
        {
            case StreamOps.Status when message.StatusCode != "SUCCESS":
                throw new StreamStatusException(message.ErrorCode ?? "FAILURE", message.ErrorMessage);
            case StreamOps.MarketChangeMessage when IsCurrent(message.Id, marketRequest):
                var markets = Markets.Apply(message);
                Remember(ref marketClk, message);
                if (markets.Count > 0)
                {
                    MarketsChanged?.Invoke(markets);
                }

                break;
            case StreamOps.OrderChangeMessage when IsCurrent(message.Id, orderRequest):
                var orders = Orders.Apply(message);
                Remember(ref orderClk, message);
                if (orders.Count > 0)
                {
                    OrdersChanged?.Invoke(orders);
                }

                break;
        }
    }

    /// <summary>Messages of a replaced subscription still in flight are not applied to the new one's cache.</summary>
    private bool IsCurrent(int? id, StreamRequest? request)
    {
        lock (gate)
        {
            return request is not null && id == request.Id;
        }
    }

    private void Remember(ref (string? Initial, string? Clk) clocks, StreamResponse message)
    {
        lock (gate)
        {
            clocks = (message.InitialClk ?? clocks.Initial, message.Clk ?? clocks.Clk);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Exchange stream connection to {Host}:{Port} lost; reconnecting")]
    private partial void LogConnectionLost(Exception exception, string host, int port);
}
