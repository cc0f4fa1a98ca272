using Microsoft.Extensions.DependencyInjection;

namespace Statistico.AppHost.Infrastructure;

/// <summary>
/// Local mode: RabbitMQ, Postgres and Redis from the machine's packages, each run by <c>scripts/infra.sh run</c>
/// as an Aspire executable, so they show in the dashboard with their logs and stop with the AppHost (a server that
/// was already running before is watched, not stopped). They listen on loopback only.
/// </summary>
internal static class LocalInfrastructure
{
    // The script creates this role and virtual host; the servers are bound to 127.0.0.1, so these are not secrets.
    private const string User = "statistico";
    private const string Password = "statistico";
    private const string ReadyDirectory = "/tmp/statistico-infra";

    public static StatisticoInfrastructure Add(IDistributedApplicationBuilder builder)
    {
        var script = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "..", "scripts", "infra.sh"));
        var rabbit = AddServer(builder, script, "rabbitmq", 5672);
        var postgres = AddServer(builder, script, "postgres", 5432);
        var redis = AddServer(builder, script, "redis", 6379);

        var messaging = builder.AddConnectionString(
            "messaging", ReferenceExpression.Create($"amqp://{User}:{Password}@127.0.0.1:5672/statistico"));
        var cache = builder.AddConnectionString("cache", ReferenceExpression.Create($"127.0.0.1:6379"));
        var databases = new Dictionary<string, IResourceBuilder<IResourceWithConnectionString>>();
        IResourceBuilder<IResourceWithConnectionString> Database(string name)
        {
            if (!databases.TryGetValue(name, out var database))
            {
                database = builder.AddConnectionString(name, ReferenceExpression.Create(
                    $"Host=127.0.0.1;Port=5432;Username={User};Password={Password};Database={name}"));
                databases[name] = database;
            }

            return database;
        }

        return new StatisticoInfrastructure(InfrastructureMode.Local, messaging, cache, Database, [rabbit, postgres, redis]);
    }

    private static IResourceBuilder<IResource> AddServer(IDistributedApplicationBuilder builder, string script, string name, int port)
    {
        var checkName = $"{name}-ready";
        builder.Services.AddHealthChecks().AddCheck(checkName, new LocalServerReadyCheck(Path.Combine(ReadyDirectory, name + ".ready"), port));
        return builder.AddExecutable(name, "bash", Path.GetDirectoryName(script)!, script, "run", name)
            .WithEnvironment("STATISTICO_READY_DIR", ReadyDirectory)
            .WithHealthCheck(checkName);
    }
}
