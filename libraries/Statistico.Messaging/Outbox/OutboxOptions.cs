using System.Data;

namespace Statistico.Messaging.Outbox;

/// <summary>Outbox, inbox and relay settings, bound from <c>Messaging:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Messaging:Outbox";

    /// <summary>Read committed plus row locks is enough: every decision is taken on a locked row.</summary>
    public IsolationLevel IsolationLevel { get; set; } = IsolationLevel.ReadCommitted;

    /// <summary>
    /// How long an inbox row is kept after delivery: a redelivery within it is recognised as a duplicate. At least twice
    /// the bus's redelivery horizon (checked at start-up, <see cref="InboxWindowValidation"/>).
    /// </summary>
    public TimeSpan DuplicateDetectionWindow { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The relay's longest sleep when nobody tells it that something was committed.</summary>
    public TimeSpan QueryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages the relay claims and delivers per batch (one transaction).</summary>
    public int MessageDeliveryLimit { get; set; } = 100;

    /// <summary>How many of the relay's sends are in flight at once, awaiting the broker's confirmations together.</summary>
    public int SendWindow { get; set; } = 128;

    /// <summary>How long an <see cref="OutboxRelayHold"/> still holds the relay after its last holder let go.</summary>
    public TimeSpan HoldQuietPeriod { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest an <see cref="OutboxRelayHold"/> holds the relay back, from its start.</summary>
    public TimeSpan MaxHold { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one send may wait for the broker's confirmation before it counts as failed (and is retried).</summary>
    public TimeSpan MessageDeliveryTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether this process runs the relay (every replica may; rows are locked with SKIP LOCKED).</summary>
    public bool RelayEnabled { get; set; } = true;

    /// <summary>Relay loops in this process, each claiming its own batches (SKIP LOCKED keeps them apart).</summary>
    public int RelayWorkers { get; set; } = 2;

    /// <summary>Counted delivery failures after which a row is parked instead of retried (see OutboxDeliveryFailures).</summary>
    public int MaxDeliveryAttempts { get; set; } = 10;

    /// <summary>The wait before a failed row is tried again, doubled at each counted failure ...</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>... up to this.</summary>
    public TimeSpan RetryBackoffLimit { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often delivered inbox rows older than the window are removed.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(1);
}
