using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Statistico.Messaging.Persistence;

/// <summary>The last line of every service's Program.cs: run the service, or only migrate its databases.</summary>
public static class MigrateOnlyHostExtensions
{
    /// <summary>
    /// With <c>Database:MigrateOnly=true</c> (environment <c>Database__MigrateOnly=true</c>, or the argument
    /// <c>--Database:MigrateOnly=true</c>) applies every registered database's migrations and returns without
    /// starting anything else (no bus, no scheduler); otherwise runs the host until it stops.
    /// </summary>
    public static async Task RunOrMigrateAsync(this IHost host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var options = host.Services.GetRequiredService<IConfiguration>().GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>();
        if (options?.MigrateOnly != true)
        {
            await host.RunAsync(cancellationToken);
            return;
        }

        foreach (var migrator in host.Services.GetServices<IDatabaseMigrator>())
        {
            await migrator.MigrateAsync(cancellationToken);
        }
    }
}
