using Microsoft.Extensions.Options;
using Statistico.Messaging.Bus;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// Refuses an inbox window that a redelivery can outlast. When one consumer of a message fails and another on the
/// same endpoint succeeded, the whole message comes back (retries, then scheduled redeliveries), and only the
/// successful consumer's inbox row keeps it from running again; a row removed too early runs it twice. The window
/// must be at least twice <see cref="RedeliveryHorizon"/>: the bound leaves out the scheduler's lateness and the time
/// each attempt takes, and the margin covers them (ADR 29).
/// </summary>
internal sealed class InboxWindowValidation(IOptions<MessagingOptions> messaging) : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var horizon = RedeliveryHorizon.Of(messaging.Value);
        return options.DuplicateDetectionWindow >= horizon * 2
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{OutboxOptions.SectionName}:{nameof(OutboxOptions.DuplicateDetectionWindow)} ({options.DuplicateDetectionWindow}) must be at " +
                $"least twice the redelivery horizon ({horizon}: Messaging retries and redelivery intervals), or a redelivered message " +
                "can run again in a consumer that already handled it.");
    }
}
