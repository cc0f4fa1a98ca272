using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Statistico.OddsCompiler.Data;

namespace Statistico.OddsCompiler.Tests;

/// <summary>Fails the first save that records a fitted model, as a database that went away mid-refresh would.</summary>
internal sealed class FailedSnapshotSave : SaveChangesInterceptor
{
    private int failed;

    /// <summary>Saves failed so far: the evidence that the failure really happened.</summary>
    public int Failed => Volatile.Read(ref failed);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var recordsAFit = eventData.Context!.ChangeTracker.Entries<CompetitionModelSnapshot>().Any(e => e.State == EntityState.Added);
        if (recordsAFit && Interlocked.CompareExchange(ref failed, 1, 0) == 0)
        {
            throw new InvalidOperationException("The database went away (a test's failure).");
        }

        return ValueTask.FromResult(result);
    }
}
