using Microsoft.Extensions.Logging;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// Work a consumer wants done only once its message's transaction has committed (ADR 0405), such as waking an
/// in-process worker that will read the consumer's rows. Inside <see cref="TransactionalConsumeFilter{TDbContext,TMessage}"/>
/// a consumer's <c>SaveChanges</c> is not its commit: the filter commits after the consumer returns, and
/// MassTransit's <c>ReceiveContext.ReceiveCompleted</c> is already complete while the consumer runs (nothing adds a
/// receive task), so it cannot stand in for the commit. Scoped: the filter and the consumer share the instance of the
/// message's scope. Actions queued in a transaction run after its commit and are dropped if it rolls back (a retry
/// queues them again); outside a message's transaction (an API request, the scheduler's queue) they run at once.
/// </summary>
public sealed partial class AfterCommit(ILogger<AfterCommit> logger)
{
    private readonly Lock gate = new();
    private List<Action>? pending;

    /// <summary>Runs <paramref name="action"/> once the current message's transaction commits, or now if there is none.</summary>
    public void Run(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (gate)
        {
            if (pending is not null)
            {
                pending.Add(action);
                return;
            }
        }

        action();
    }

    /// <summary>A message's transaction began: queue actions from now on.</summary>
    internal void Begin()
    {
        lock (gate)
        {
            pending = [];
        }
    }

    /// <summary>The transaction committed: run what was queued. The message is consumed, so a failing action is logged, not thrown.</summary>
    internal void Committed()
    {
        List<Action>? actions;
        lock (gate)
        {
            actions = pending;
            pending = null;
        }

        foreach (var action in actions ?? [])
        {
            try
            {
                action();
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                LogActionFailed(logger, exception);
            }
        }
    }

    /// <summary>The transaction rolled back: nothing it asked for happened, so nothing runs.</summary>
    internal void RolledBack()
    {
        lock (gate)
        {
            pending = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An action queued to run after a consumed message's commit failed; the message stays consumed")]
    private static partial void LogActionFailed(ILogger logger, Exception exception);
}
