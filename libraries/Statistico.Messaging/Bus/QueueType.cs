namespace Statistico.Messaging.Bus;

/// <summary>The RabbitMQ queue type of every receive endpoint a service declares.</summary>
public enum QueueType
{
    /// <summary>Classic durable queues: one node's copy (the default: local brokers and tests).</summary>
    Classic,

    /// <summary>Quorum queues, replicated across a cluster's nodes (Raft): what a multi-node production broker wants.</summary>
    Quorum,
}
