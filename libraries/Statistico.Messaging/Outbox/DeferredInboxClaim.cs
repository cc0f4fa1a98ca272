namespace Statistico.Messaging.Outbox;

/// <summary>
/// The inbox claim of one message, handed by <see cref="TransactionalConsumeFilter{TDbContext,TMessage}"/> to the saga
/// repository when the consumer is a saga stored in Postgres: the repository sends the claim with the saga row's read,
/// one statement and one round trip instead of two (ADR 48), and runs nothing of the saga when the message was consumed
/// already. Scoped: the filter and the repository share the message scope's instance, and the filter resets it for
/// every attempt. Whatever the repository did not claim, the filter claims after the saga ran, in the same transaction.
/// </summary>
public sealed class DeferredInboxClaim
{
    private enum Claim
    {
        None,
        Pending,
        Claimed,
        Duplicate,
    }

    private Claim state;

    internal Guid MessageId { get; private set; }

    internal Guid ConsumerId { get; private set; }

    /// <summary>The filter began a message's transaction without claiming it: the saga repository is to claim it.</summary>
    internal bool IsPending => state == Claim.Pending;

    /// <summary>The repository found the message consumed already and ran nothing of the saga.</summary>
    internal bool IsDuplicate => state == Claim.Duplicate;

    internal void Defer(Guid messageId, Guid consumerId)
    {
        MessageId = messageId;
        ConsumerId = consumerId;
        state = Claim.Pending;
    }

    /// <summary>The claim was made: <paramref name="claimed"/> is false when the message was consumed already.</summary>
    internal void Resolve(bool claimed)
    {
        if (state != Claim.Pending)
        {
            throw new InvalidOperationException("The inbox claim of this message was not pending; it was made already or never deferred.");
        }

        state = claimed ? Claim.Claimed : Claim.Duplicate;
    }
}
