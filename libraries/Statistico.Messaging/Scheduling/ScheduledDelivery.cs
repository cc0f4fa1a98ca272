using System.Text.Json;

namespace Statistico.Messaging.Scheduling;

/// <summary>
/// Everything needed to send a scheduled message later, exactly as it was asked for: the serialized envelope
/// (whose <c>messageType</c> list is the original one, so a saga's timeout arrives as its own type) and the
/// envelope's ids and addresses. Stored as one JSON string in the Quartz job's data, so the job store holds it
/// as readable text and a restart or another node can send it.
/// </summary>
public sealed record ScheduledDelivery
{
    /// <summary>The key of this record in a Quartz job's data map.</summary>
    public const string JobDataKey = "delivery";

    public required Uri Destination { get; init; }

    public required string ContentType { get; init; }

    /// <summary>The message envelope, as MassTransit's serializer wrote it.</summary>
    public required string Body { get; init; }

    /// <summary>The scheduling token: sent as <c>MT-Scheduling-TokenId</c> so a saga can tell a stale timeout.</summary>
    public Guid? TokenId { get; init; }

    /// <summary>
    /// Kept from the <c>ScheduleMessage</c>, so a send that is repeated (a node died mid-send and another recovered
    /// the job) carries the same message id and an inbox drops the second one. Null for recurring messages.
    /// </summary>
    public Guid? MessageId { get; init; }

    public Guid? CorrelationId { get; init; }

    public Guid? ConversationId { get; init; }

    public Guid? InitiatorId { get; init; }

    public Guid? RequestId { get; init; }

    public Uri? SourceAddress { get; init; }

    public Uri? ResponseAddress { get; init; }

    public Uri? FaultAddress { get; init; }

    public DateTime? ExpirationTime { get; init; }

    /// <summary>The application's own headers (transport and MassTransit headers are not carried over).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public string ToJson() => JsonSerializer.Serialize(this);

    public static ScheduledDelivery FromJson(string json) =>
        JsonSerializer.Deserialize<ScheduledDelivery>(json)
        ?? throw new InvalidOperationException("A scheduled delivery's job data is empty.");
}
