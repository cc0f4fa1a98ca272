using MassTransit;

namespace Statistico.OddsCompiler.Refits;

/// <summary>Asks for a refresh from a consumer in a way that cannot run ahead of the consumer's own commit.</summary>
public static class RefreshAfterCommit
{
    /// <summary>
    /// Requests the refresh now and again once the message has been fully received: the consumer's rows are committed
    /// by the inbox/outbox only after it returns, and a refresh that ran before that commit (a slow commit outlasting
    /// the quiet period) would miss the new fixture until the next result. The second request is debounced with
    /// the first, so a normal burst is still one refresh.
    /// </summary>
    public static void Request<T>(this RefreshRequests refreshes, ConsumeContext<T> context, string competitionId, bool refit)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(refreshes);
        ArgumentNullException.ThrowIfNull(context);
        refreshes.Request(competitionId, refit);
        _ = context.ReceiveContext.ReceiveCompleted.ContinueWith(
            _ => refreshes.Request(competitionId, refit), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
