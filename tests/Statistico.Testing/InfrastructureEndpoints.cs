namespace Statistico.Testing;

/// <summary>Where the test servers are.</summary>
/// <param name="Messaging">amqp:// URI of the broker (any virtual host; tests make their own).</param>
/// <param name="Postgres">Npgsql connection string of the server, without a database.</param>
/// <param name="Cache">StackExchange.Redis configuration string.</param>
/// <param name="RabbitManagement">http:// base URI of the RabbitMQ management API, with credentials.</param>
/// <param name="Source">Where they came from, for failure messages.</param>
public sealed record InfrastructureEndpoints(Uri Messaging, string Postgres, string Cache, Uri RabbitManagement, string Source);
