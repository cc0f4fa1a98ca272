namespace Statistico.Testing.Architecture;

/// <summary>A row of the architecture page's message table: a message, the services that create it, its consumer and queue.</summary>
public sealed record MessageTableRow(string Message, IReadOnlyList<string> From, string ConsumedBy, string Queue, Delivery Delivery);
