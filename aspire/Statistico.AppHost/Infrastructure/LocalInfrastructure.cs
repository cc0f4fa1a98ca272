using Microsoft.Extensions.DependencyInjection;

namespace Statistico.AppHost.Infrastructure;

/// <summary>
/// Local mode: RabbitMQ, Postgres and Redis from the machine's packages, each run by <c>scripts/infra.sh run</c>
/// as an Aspire executable, so they show in the dashboard with their logs and stop with the AppHost (a server that
/// was already running before is watched, not stopped). They listen on loopback only.
/// </summary>
internal static class LocalInfrastructure
{
    private const string ReadyDirectory = "/tmp/statistico-infra";

    public static StatisticoInfrastructure Add(IDistributedApplicationBuilder builder)
    {
        var script = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "..", "scripts", "infra.sh"));
        var rabbit = AddServer(builder, script, "rabbitmq", 5672);
        var postgres = AddServer(builder, script, "postgres", 5432);
        var redis = AddServer(builder, script, "redis", 6379);

        // The script creates this role and virtual host with the machine's own password; a secret parameter keeps
        // the password out of the dashboard.
        const string User = LocalCredentials.User;
        var password = builder.AddParameter("infra-password", LocalCredentials.ServicePassword(script), secret: true);
        var messaging = builder.AddConnectionString(
            "messaging", ReferenceExpression.Create($"amqp://{User}:{password}@127.0.0.1:5672/statistico"));
        var cache = builder.AddConnectionString("cache", ReferenceExpression.Create($"127.0.0.1:6379"));
        var databases = new Dictionary<string, IResourceBuilder<IResourceWithConnectionString>>();
        IResourceBuilder<IResourceWithConnectionString> Database(string name)
        {
            if (!databases.TryGetValue(name, out var database))
            {
                database = builder.AddConnectionString(name, ReferenceExpression.Create(
                    $"Host=127.0.0.1;Port=5432;Username={User};Password={password};Database={name}"));
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
