using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Statistico.Contracts.Trading;
using Statistico.Messaging.Outbox;

namespace Statistico.Trader.Tests.Live;

/// <summary>
/// Holds the first save that would store an <see cref="OrderMatched"/> in the outbox (with no poll running, the order
/// stream's batch) before anything of it reaches the database, until the Trader stops. Stopping cancels the save, as a
/// process that died after its stream applied the change and before it stored the batch would leave it: nothing.
/// </summary>
internal sealed class HeldMatchSave : SaveChangesInterceptor
{
    private static readonly string MatchedType = MessageUrn.ForTypeString<OrderMatched>();
    private readonly TaskCompletionSource held = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a batch with a match is being held before its save.</summary>
    public Task Held => held.Task;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (!held.Task.IsCompleted && StoresAMatch(eventData.Context))
        {
            held.TrySetResult();
            // Until the Trader stops (a minute at most, whatever the test does).
            await Task.Delay(TimeSpan.FromSeconds(60), cancellationToken);
        }

        return result;
    }

    private static bool StoresAMatch(DbContext? context) =>
        context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.MessageType.Contains(MatchedType, StringComparison.Ordinal)) == true;
}
