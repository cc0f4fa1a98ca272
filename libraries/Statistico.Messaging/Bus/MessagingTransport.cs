namespace Statistico.Messaging.Bus;

/// <summary>Which transport the bus runs on.</summary>
public enum MessagingTransport
{
    /// <summary>RabbitMQ, from the <c>messaging</c> connection string (an amqp:// URI).</summary>
    RabbitMq,

    /// <summary>MassTransit's in-memory transport: unit tests and single-process tools only.</summary>
    InMemory,
}
