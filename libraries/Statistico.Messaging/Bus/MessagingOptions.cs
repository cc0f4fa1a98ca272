namespace Statistico.Messaging.Bus;

/// <summary>Bus settings, bound from the <c>Messaging</c> configuration section.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>The connection-string name of the broker (Aspire resource name).</summary>
    public const string ConnectionStringName = "messaging";

    public MessagingTransport Transport { get; set; } = MessagingTransport.RabbitMq;

    /// <summary>Messages fetched ahead per consumer endpoint.</summary>
    public int PrefetchCount { get; set; } = 32;

    /// <summary>
    /// Messages processed at once per endpoint; null means <see cref="DefaultConcurrentMessageLimit"/>. Each one holds a
    /// database connection for its transaction, so the prefetch count (MassTransit's default) was far too many: seven
    /// services with four endpoints each asked a two-core machine's Postgres for hundreds of connections at once, and
    /// opening them timed out.
    /// </summary>
    public int? ConcurrentMessageLimit { get; set; }

    /// <summary>Twice the processors this process may use, and at least four: enough to overlap commits, not to thrash.</summary>
    public static int DefaultConcurrentMessageLimit => Math.Max(4, 2 * Environment.ProcessorCount);

    /// <summary>The limit in force: the configured one, or <see cref="DefaultConcurrentMessageLimit"/>.</summary>
    public int GetConcurrentMessageLimit() => ConcurrentMessageLimit ?? DefaultConcurrentMessageLimit;

    /// <summary>Immediate retries (exponential backoff) before a message goes to its <c>_error</c> queue.</summary>
    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The redelivery intervals of a service that configures none.</summary>
    public static IReadOnlyList<TimeSpan> DefaultRedeliveryIntervals { get; } =
        [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2)];

    /// <summary>
    /// Redeliveries after the immediate retries are spent, each after the given delay (needs a scheduler: the
    /// service's own or the one named by <c>Scheduler:QueueName</c>). Only then does the message go to <c>_error</c>.
    /// Null until configured, because the configuration binder appends configured elements to an array the property
    /// already holds instead of replacing it; read the effective intervals with <see cref="GetRedeliveryIntervals"/>.
    /// </summary>
    public TimeSpan[]? RedeliveryIntervals { get; set; }

    /// <summary>The configured redelivery intervals, or <see cref="DefaultRedeliveryIntervals"/> when none are.</summary>
    public IReadOnlyList<TimeSpan> GetRedeliveryIntervals() => RedeliveryIntervals ?? DefaultRedeliveryIntervals;

    /// <summary>
    /// The type of the queues this service declares (ADR 0037). Quorum on a RabbitMQ cluster so a node's loss loses no
    /// message; set explicitly rather than left to the broker's <c>default_queue_type</c>, which managed brokers and
    /// RabbitMQ before 3.13 do not have. A queue's type is fixed when it is first declared: an existing classic queue
    /// must be deleted (drained first) before a service declares it as quorum, or the declaration is refused.
    /// </summary>
    public QueueType QueueType { get; set; } = QueueType.Classic;

    /// <summary>
    /// Prefix for endpoint (queue) names. Every service sets its own in appsettings.json; when unset, the service's name
    /// stands in (<see cref="Bus.EndpointPrefix"/>).
    /// </summary>
    public string? EndpointPrefix { get; set; }
}
