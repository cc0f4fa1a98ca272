using Statistico.Messaging.Outbox;

namespace Statistico.OddsCompiler.Refits;

/// <summary>Asks for a refresh from a consumer in a way that cannot run ahead of the consumer's own commit.</summary>
public static class RefreshAfterCommit
{
    /// <summary>
    /// Requests the refresh once the consumed message's transaction has committed (ADR 0405). The refresh reads the
    /// fixtures table; one asked for before the commit falls due after the quiet period (150 ms) and, when the commit
    /// takes longer (a loaded machine), reads the old rows, publishes nothing, and the change is never priced
    /// until the next refresh of the competition. Asking after the commit also keeps a burst one refresh.
    /// </summary>
    public static void RequestAfterCommit(this RefreshRequests refreshes, AfterCommit afterCommit, string competitionId, bool refit)
    {
        ArgumentNullException.ThrowIfNull(refreshes);
        ArgumentNullException.ThrowIfNull(afterCommit);
        afterCommit.Run(() => refreshes.Request(competitionId, refit));
    }
}
