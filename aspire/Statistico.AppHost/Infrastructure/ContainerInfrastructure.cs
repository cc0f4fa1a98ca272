namespace Statistico.AppHost.Infrastructure;

/// <summary>Containers mode: Aspire's own RabbitMQ (with the management UI), Postgres and Redis integrations.</summary>
internal static class ContainerInfrastructure
{
    public static StatisticoInfrastructure Add(IDistributedApplicationBuilder builder)
    {
        var messaging = builder.AddRabbitMQ("messaging").WithManagementPlugin().WithDataVolume();
        var cache = builder.AddRedis("cache");
        var postgres = builder.AddPostgres("postgres").WithDataVolume();
        var databases = new Dictionary<string, IResourceBuilder<IResourceWithConnectionString>>();
        IResourceBuilder<IResourceWithConnectionString> Database(string name)
        {
            if (!databases.TryGetValue(name, out var database))
            {
                database = postgres.AddDatabase(name);
                databases[name] = database;
            }

            return database;
        }

        return new StatisticoInfrastructure(InfrastructureMode.Containers, messaging, cache, Database, [messaging, cache, postgres]);
    }
}
