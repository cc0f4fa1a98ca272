using Microsoft.Extensions.Configuration;

namespace Statistico.AppHost.Infrastructure;

/// <summary>
/// External mode: servers someone else runs (CI's script, a cluster, managed services). <c>ConnectionStrings:messaging</c>,
/// <c>:cache</c> and <c>:postgres</c> (the server) come from configuration; a database's own connection string
/// (e.g. <c>ConnectionStrings:footballdata</c>) wins when set, else it is the server's with <c>Database=name</c>.
/// </summary>
internal static class ExternalInfrastructure
{
    public static StatisticoInfrastructure Add(IDistributedApplicationBuilder builder)
    {
        var missing = InfrastructureModeResolver.ExternalConnectionStrings
            .Where(name => string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(name)))
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"Infrastructure:Mode is external but these connection strings are not set: {string.Join(", ", missing.Select(m => "ConnectionStrings__" + m))}. " +
                "`scripts/infra.sh env` prints them for the local servers.");
        }

        var messaging = builder.AddConnectionString("messaging");
        var cache = builder.AddConnectionString("cache");
        var server = builder.Configuration.GetConnectionString("postgres")!.TrimEnd(';');
        var databases = new Dictionary<string, IResourceBuilder<IResourceWithConnectionString>>();
        IResourceBuilder<IResourceWithConnectionString> Database(string name)
        {
            if (!databases.TryGetValue(name, out var database))
            {
                database = string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(name))
                    ? builder.AddConnectionString(name, ReferenceExpression.Create($"{server};Database={name}"))
                    : builder.AddConnectionString(name);
                databases[name] = database;
            }

            return database;
        }

        return new StatisticoInfrastructure(InfrastructureMode.External, messaging, cache, Database, []);
    }
}
