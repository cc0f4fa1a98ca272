namespace Statistico.Messaging.Sagas;

/// <summary>How concurrent events for one saga instance are kept from overwriting each other.</summary>
public enum SagaConcurrencyMode
{
    /// <summary>
    /// Read without locks; every event that loaded the instance ends in an UPDATE that checks Postgres' row version
    /// (<c>xmin</c>), even when it changed no column (ADR 30), and fails on a conflict, and the message is retried.
    /// Best when events for one instance rarely collide.
    /// </summary>
    Optimistic,

    /// <summary>
    /// <c>SELECT … FOR UPDATE</c>: the second event waits for the first to commit. Best when events for one instance
    /// often arrive together.
    /// </summary>
    Pessimistic,
}
