namespace Statistico.AppHost.Infrastructure;

/// <summary>The AppHost's one entry to infrastructure: choose the mode, then wire services to it.</summary>
public static class InfrastructureExtensions
{
    public static StatisticoInfrastructure AddStatisticoInfrastructure(this IDistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var mode = InfrastructureModeResolver.Resolve(builder.Configuration);
        return mode switch
        {
            InfrastructureMode.Containers => ContainerInfrastructure.Add(builder),
            InfrastructureMode.Local => LocalInfrastructure.Add(builder),
            _ => ExternalInfrastructure.Add(builder),
        };
    }

    /// <summary>Gives a service the broker, the cache and its own database, and starts it only once they are ready.</summary>
    public static IResourceBuilder<ProjectResource> WithInfrastructure(
        this IResourceBuilder<ProjectResource> service, StatisticoInfrastructure infrastructure, string databaseName)
    {
        ArgumentNullException.ThrowIfNull(infrastructure);
        var database = infrastructure.Database(databaseName);
        service.WithReference(infrastructure.Messaging)
            .WithReference(infrastructure.Cache)
            .WithReference(database);
        foreach (var server in infrastructure.Servers)
        {
            service.WaitFor(server);
        }

        if (infrastructure.Mode == InfrastructureMode.Containers)
        {
            service.WaitFor(database); // Aspire creates the database; the service's migrations fill it.
        }

        return service;
    }
}
