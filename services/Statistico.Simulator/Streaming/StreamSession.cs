using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Betfair.Streaming;
using Statistico.Simulator.Data;

namespace Statistico.Simulator.Streaming;

/// <summary>
/// One client connection, after TLS: reads CRLF-delimited requests and answers each with a <c>status</c>; after a
/// subscription, a send loop wakes on every feed tick and sends each subscription what changed since what its client
/// holds (or a heartbeat when nothing did for <c>heartbeatMs</c>; at most once per <c>conflateMs</c>). Any FAILURE closes
/// the connection, as Betfair's does.
/// </summary>
public sealed partial class StreamSession(
    System.IO.Stream network, string connectionId, Func<int> connectionsAvailable, IServiceScopeFactory scopes, StreamFeed feed,
    IOptions<StreamServerOptions> options, IOptions<SimulatorOptions> simulator, TimeProvider wall, ILogger<StreamSession> logger) : IDisposable
{
    private const int MaxLadderLevels = 10;
    private static readonly byte[] Crlf = "\r\n"u8.ToArray();
    private readonly SemaphoreSlim writes = new(1, 1);
    private volatile MarketSubscriber? markets;
    private volatile OrderSubscriber? orders;
    private bool authenticated;
    private Task? sendLoop;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            await SendAsync(new StreamResponse { Op = StreamOps.Connection, ConnectionId = connectionId }, stop.Token);
            using var reader = new StreamReader(network, Encoding.UTF8, false, 4096, leaveOpen: true);
            var first = true;
            while (!stop.IsCancellationRequested)
            {
                var line = await ReadLineAsync(reader, first, stop.Token);
                first = false;
                if (line is null || !await HandleAsync(line, stop.Token))
                {
                    break;
                }
            }
        }
        catch (TimeoutException)
        {
            await TryFailAsync(null, StreamErrorCodes.Timeout, "no request within the connection's first seconds", stop.Token);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or the server is stopping: nothing to answer.
        }
        finally
        {
            await stop.CancelAsync();
            if (sendLoop is not null)
            {
                await sendLoop.ContinueWith(_ => { }, TaskScheduler.Default);
            }

            if (markets is { } m)
            {
                feed.Remove(m);
            }

            if (orders is not null)
            {
                feed.RemoveOrderSubscriber();
            }

        }
    }

    public void Dispose() => writes.Dispose();

    private async Task<string?> ReadLineAsync(StreamReader reader, bool first, CancellationToken cancellationToken)
    {
        if (!first)
        {
            return await reader.ReadLineAsync(cancellationToken);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.RequestTimeout);
        try
        {
            return await reader.ReadLineAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException();
        }
    }

    /// <summary>Answers one request; false when the connection is to close.</summary>
    private async Task<bool> HandleAsync(string line, CancellationToken cancellationToken)
    {
        StreamRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<StreamRequest>(line, StreamJson.Options);
        }
        catch (JsonException)
        {
            request = null;
        }

        if (request is null || string.IsNullOrEmpty(request.Op))
        {
            return await FailAsync(null, StreamErrorCodes.InvalidInput, "a request is one JSON object with an op", cancellationToken);
        }

        if (request.Op == StreamOps.Authentication)
        {
            return await AuthenticateAsync(request, cancellationToken);
        }

        if (request.Op is not (StreamOps.Heartbeat or StreamOps.MarketSubscription or StreamOps.OrderSubscription))
        {
            return await FailAsync(request.Id, StreamErrorCodes.InvalidRequest, $"unknown op: {request.Op}", cancellationToken);
        }

        if (!authenticated)
        {
            return await FailAsync(request.Id, StreamErrorCodes.NotAuthorized, "authenticate first", cancellationToken);
        }

        return request.Op switch
        {
            StreamOps.Heartbeat => await SucceedAsync(request.Id, cancellationToken),
            StreamOps.MarketSubscription => await SubscribeMarketsAsync(request, cancellationToken),
            _ => await SubscribeOrdersAsync(request, cancellationToken),
        };
    }

    private async Task<bool> AuthenticateAsync(StreamRequest request, CancellationToken cancellationToken)
    {
        var error = await AuthenticationErrorAsync(request, cancellationToken);
        if (error is not null)
        {
            return await FailAsync(request.Id, error, "authentication failed", cancellationToken);
        }

        authenticated = true;
        await SendAsync(new StreamResponse
        {
            Op = StreamOps.Status, Id = request.Id, StatusCode = "SUCCESS", ConnectionClosed = false, ConnectionsAvailable = connectionsAvailable(),
        }, cancellationToken);
        return true;
    }

    private async Task<string?> AuthenticationErrorAsync(StreamRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.AppKey))
        {
            return StreamErrorCodes.NoAppKey;
        }

        if (request.AppKey != simulator.Value.Exchange.AppKey)
        {
            return StreamErrorCodes.InvalidAppKey;
        }

        if (string.IsNullOrEmpty(request.Session))
        {
            return StreamErrorCodes.NoSession;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SimulatorDbContext>();
        return await db.Sessions.AsNoTracking().AnyAsync(s => s.Token == request.Session, cancellationToken) ? null : StreamErrorCodes.InvalidSessionInformation;
    }

    private async Task<bool> SubscribeMarketsAsync(StreamRequest request, CancellationToken cancellationToken)
    {
        var fields = request.MarketDataFilter?.Fields ?? [];
        if (fields.FirstOrDefault(f => !MarketDataFields.All.Contains(f)) is { } unknown)
        {
            return await FailAsync(request.Id, StreamErrorCodes.InvalidInput, $"unknown market data field: {unknown}", cancellationToken);
        }

        if (request.MarketDataFilter?.LadderLevels is < 1 or > MaxLadderLevels)
        {
            return await FailAsync(request.Id, StreamErrorCodes.InvalidInput, "ladderLevels must be 1–10", cancellationToken);
        }

        if (ClockError(request) is { } clockError)
        {
            return await FailAsync(request.Id, StreamErrorCodes.InvalidClock, clockError, cancellationToken);
        }

        var filter = request.MarketFilter ?? new StreamMarketFilter();
        if (CoveredNow(filter) > options.Value.MaxMarketsPerSubscription)
        {
            return await FailAsync(request.Id, StreamErrorCodes.SubscriptionLimitExceeded,
                $"the filter covers more than {options.Value.MaxMarketsPerSubscription} markets", cancellationToken);
        }

        var subscriber = new MarketSubscriber(request.Id, filter, fields.ToHashSet(StringComparer.Ordinal), request.MarketDataFilter?.LadderLevels ?? MaxLadderLevels,
            HeartbeatMs(request), Math.Max(0, request.ConflateMs ?? 0))
        {
            InitialClk = request.InitialClk, ResumeClk = request.Clk,
        };
        await SucceedAsync(request.Id, cancellationToken);
        feed.Add(subscriber);
        if (Interlocked.Exchange(ref markets, subscriber) is { } replaced)
        {
            feed.Remove(replaced);
        }

        StartSending(cancellationToken);
        return true;
    }

    private async Task<bool> SubscribeOrdersAsync(StreamRequest request, CancellationToken cancellationToken)
    {
        if (ClockError(request) is { } clockError)
        {
            return await FailAsync(request.Id, StreamErrorCodes.InvalidClock, clockError, cancellationToken);
        }

        var subscriber = new OrderSubscriber(request.Id, request.OrderFilter, HeartbeatMs(request), Math.Max(0, request.ConflateMs ?? 0))
        {
            InitialClk = request.InitialClk, ResumeClk = request.Clk,
        };
        await SucceedAsync(request.Id, cancellationToken);
        if (Interlocked.Exchange(ref orders, subscriber) is null)
        {
            feed.AddOrderSubscriber();
        }

        StartSending(cancellationToken);
        return true;
    }

    private static string? ClockError(StreamRequest request) =>
        request.Clk is { } clk && !StreamClock.TryParse(clk, out _, out _) ? $"clk is not a clock of this stream: {clk}"
        : request.InitialClk is { } initial && !StreamClock.TryParse(initial, out _, out _) ? $"initialClk is not a clock of this stream: {initial}"
        : null;

    /// <summary>Betfair's bounds: heartbeats every 500–5000 ms, 5000 by default.</summary>
    private static long HeartbeatMs(StreamRequest request) => Math.Clamp(request.HeartbeatMs ?? 5000, 500, 5000);

    private int CoveredNow(StreamMarketFilter filter)
    {
        using var scope = scopes.CreateScope();
        var world = scope.ServiceProvider.GetRequiredService<World.CurrentWorld>();
        var clock = scope.ServiceProvider.GetRequiredService<Clock.WorldClock>();
        return StreamMarketFilters.Resolve(world.Definition, clock.Now, simulator.Value.Exchange, filter).Count();
    }

    private void StartSending(CancellationToken cancellationToken) =>
        sendLoop ??= Task.Run(() => new StreamSender(this, feed, wall).RunAsync(cancellationToken), cancellationToken);

    internal MarketSubscriber? Markets => markets;

    internal OrderSubscriber? Orders => orders;

    internal async Task SendAsync(StreamResponse message, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(message, StreamJson.Options);
        await writes.WaitAsync(cancellationToken);
        try
        {
            await network.WriteAsync(bytes, cancellationToken);
            await network.WriteAsync(Crlf, cancellationToken);
            await network.FlushAsync(cancellationToken);
        }
        finally
        {
            writes.Release();
        }
    }

    private async Task<bool> SucceedAsync(int? id, CancellationToken cancellationToken)
    {
        await SendAsync(new StreamResponse { Op = StreamOps.Status, Id = id, StatusCode = "SUCCESS", ConnectionClosed = false }, cancellationToken);
        return true;
    }

    private async Task<bool> FailAsync(int? id, string errorCode, string message, CancellationToken cancellationToken)
    {
        LogFailure(connectionId, errorCode, message);
        await SendAsync(new StreamResponse
        {
            Op = StreamOps.Status, Id = id, StatusCode = "FAILURE", ErrorCode = errorCode, ErrorMessage = message, ConnectionClosed = true,
        }, cancellationToken);
        return false;
    }

    private async Task TryFailAsync(int? id, string errorCode, string message, CancellationToken cancellationToken)
    {
        try
        {
            await FailAsync(id, errorCode, message, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client is gone already.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stream connection {ConnectionId} closed: {ErrorCode} ({Reason})")]
    private partial void LogFailure(string connectionId, string errorCode, string reason);
}
