using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Statistico.Messaging.Outbox;

/// <summary>Removes inbox rows whose message was delivered longer ago than the duplicate-detection window.</summary>
public sealed partial class InboxCleanup<TDbContext>(
    IServiceScopeFactory scopes,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<InboxCleanup<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.CleanupInterval, clock, stoppingToken);
                var removed = await RemoveExpiredAsync(stoppingToken);
                if (removed > 0)
                {
                    LogRemoved(removed);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is DbUpdateException or Npgsql.NpgsqlException or InvalidOperationException)
            {
                LogFailed(exception);
            }
        }
    }

    internal async Task<int> RemoveExpiredAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var before = clock.GetUtcNow().UtcDateTime - options.Value.DuplicateDetectionWindow;
        return await db.Set<InboxState>().Where(i => i.Delivered != null && i.Delivered < before).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Removed {Count} expired inbox rows")]
    private partial void LogRemoved(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox cleanup failed; it runs again later")]
    private partial void LogFailed(Exception exception);
}
