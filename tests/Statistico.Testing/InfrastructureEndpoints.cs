namespace Statistico.Testing;

/// <summary>Where the test servers are.</summary>
/// <param name="Messaging">amqp:// URI of the broker with the services' credentials (any virtual host; tests make their own).</param>
/// <param name="Postgres">Npgsql connection string of the server with the services' role, without a database.</param>
/// <param name="Cache">StackExchange.Redis configuration string.</param>
/// <param name="RabbitManagement">http:// base URI of the RabbitMQ management API, with the admin credentials that create virtual hosts.</param>
/// <param name="Source">Where they came from, for failure messages.</param>
/// <param name="PostgresAdmin">Npgsql connection string of the role that creates and drops the tests' databases.</param>
public sealed record InfrastructureEndpoints(Uri Messaging, string Postgres, string Cache, Uri RabbitManagement, string Source, string PostgresAdmin);
