namespace Statistico.AppHost.Infrastructure;

/// <summary>Where RabbitMQ, Postgres and Redis come from. Services never know which.</summary>
public enum InfrastructureMode
{
    /// <summary>Pick one: external when all connection strings are set, else containers when Docker answers, else local.</summary>
    Auto,

    /// <summary>Aspire's RabbitMQ/Postgres/Redis container integrations (needs a Docker engine).</summary>
    Containers,

    /// <summary>The Debian/Ubuntu server packages, run by <c>scripts/infra.sh</c> as Aspire executables on loopback.</summary>
    Local,

    /// <summary>Connection strings from configuration (CI, a cluster, managed services).</summary>
    External,
}
