namespace Statistico.Testing.Architecture;

/// <summary>How a consumed message reaches its queue.</summary>
public enum Delivery
{
    /// <summary>The queue is bound to the message type's exchange: every published copy arrives.</summary>
    Publish,

    /// <summary>No binding: only a message sent to this queue by address arrives (commands, scheduled messages).</summary>
    Send,
}
