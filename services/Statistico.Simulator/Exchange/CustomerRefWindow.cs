using Microsoft.Extensions.Options;
using Statistico.Simulator.Data;

namespace Statistico.Simulator.Exchange;

/// <summary>
/// Betfair's duplicate check (ADR 0205): a customerRef submitted again within the window of its last accepted
/// submission is a DUPLICATE_TRANSACTION, whatever became of that submission. Measured on the wall clock, not the
/// world's, because the window protects a client's retries, which happen in real time.
/// </summary>
public sealed class CustomerRefWindow(SimulatorDbContext db, IOptions<SimulatorOptions> options, TimeProvider wallClock)
{
    /// <summary>True for a duplicate; otherwise records the submission (committed with the call's other changes).</summary>
    public async Task<bool> IsDuplicateAsync(string customerRef, CancellationToken cancellationToken)
    {
        var wallNow = wallClock.GetUtcNow();
        var seen = await db.CustomerRefs.FindAsync([customerRef], cancellationToken);
        if (seen is not null && wallNow - seen.SubmittedAt < options.Value.Exchange.DuplicateWindow)
        {
            return true;
        }

        if (seen is null)
        {
            db.CustomerRefs.Add(new CustomerRefRow { CustomerRef = customerRef, SubmittedAt = wallNow });
        }
        else
        {
            seen.SubmittedAt = wallNow;
        }

        return false;
    }
}
