namespace Statistico.Testing.Architecture;

/// <summary>One message a service consumes, the queue it arrives on, and how it gets there.</summary>
public sealed record ConsumedMessage(string Message, string Queue, Delivery Delivery)
{
    public override string ToString() => $"{Message} on {Queue} ({Delivery})";
}
