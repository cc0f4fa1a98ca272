namespace Statistico.AppHost.Infrastructure;

/// <summary>The platform's shared infrastructure as Aspire resources, whichever mode provides them.</summary>
/// <param name="Mode">The mode actually chosen.</param>
/// <param name="Messaging">RabbitMQ (<c>messaging</c>).</param>
/// <param name="Cache">Redis (<c>cache</c>).</param>
/// <param name="Database">One database of the Postgres server (<c>postgres</c>) by name.</param>
/// <param name="Servers">Resources a service waits for before it starts (empty in external mode).</param>
public sealed record StatisticoInfrastructure(
    InfrastructureMode Mode,
    IResourceBuilder<IResourceWithConnectionString> Messaging,
    IResourceBuilder<IResourceWithConnectionString> Cache,
    Func<string, IResourceBuilder<IResourceWithConnectionString>> Database,
    IReadOnlyList<IResourceBuilder<IResource>> Servers);
