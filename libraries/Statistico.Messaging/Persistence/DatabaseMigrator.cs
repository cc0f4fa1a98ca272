using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Statistico.Messaging.Persistence;

/// <summary>
/// Applies the service's EF Core migrations before anything else starts (it is registered before the bus),
/// creating the database when it is missing. Postgres may still be starting when the service starts
/// (the AppHost starts everything at once), so it retries with backoff instead of failing the process. Runs at
/// start-up unless <see cref="DatabaseOptions.MigrateOnStart"/> is false; the migration Job runs it alone
/// (<see cref="MigrateOnlyHostExtensions"/>).
/// </summary>
public sealed partial class DatabaseMigrator<TContext>(
    IServiceScopeFactory scopes,
    ILogger<DatabaseMigrator<TContext>> logger) : IHostedService, IDatabaseMigrator
    where TContext : DbContext
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    public Task StartAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        var delay = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var context = scope.ServiceProvider.GetRequiredService<TContext>();
                await context.Database.MigrateAsync(cancellationToken);
                LogMigrated(typeof(TContext).Name);
                return;
            }
            catch (Exception exception) when (IsTransient(exception) && DateTime.UtcNow - started < GiveUpAfter)
            {
                LogRetrying(exception, typeof(TContext).Name, delay);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static bool IsTransient(Exception exception) =>
        exception is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or TimeoutException
        || (exception.InnerException is { } inner && IsTransient(inner));

    [LoggerMessage(Level = LogLevel.Information, Message = "Database of {Context} is migrated")]
    private partial void LogMigrated(string context);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database of {Context} is not reachable yet; retrying in {Delay}")]
    private partial void LogRetrying(Exception exception, string context, TimeSpan delay);
}
