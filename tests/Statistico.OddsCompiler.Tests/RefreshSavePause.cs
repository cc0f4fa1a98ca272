using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Statistico.OddsCompiler.Data;

namespace Statistico.OddsCompiler.Tests;

/// <summary>
/// Holds the first save that clears one fixture's <see cref="PricedFixture.NeedsPublish"/> (a refresh that read the
/// flag set and published its book) until the test resumes it: the window in which a consumer's change of that
/// fixture can commit under a running refresh, made certain.
/// </summary>
internal sealed class RefreshSavePause : SaveChangesInterceptor
{
    private readonly TaskCompletionSource paused = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource resumed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Guid? fixtureId;

    /// <summary>Completes when the refresh's save is being held.</summary>
    public Task Paused => paused.Task;

    /// <summary>Holds the next save that clears <paramref name="fixture"/>'s flag; only one is ever held.</summary>
    public void Arm(Guid fixture) => fixtureId = fixture;

    public void Resume() => resumed.TrySetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (fixtureId is { } id && !paused.Task.IsCompleted && ClearsTheFlag(eventData.Context!, id))
        {
            paused.TrySetResult();
            // Never holds the compiler for ever, whatever the test does.
            await resumed.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        }

        return result;
    }

    private static bool ClearsTheFlag(DbContext context, Guid id) =>
        context.ChangeTracker.Entries<PricedFixture>().Any(
            e => e.Entity.Id == id && e.State == EntityState.Modified && e.Property(f => f.NeedsPublish).IsModified && !e.Entity.NeedsPublish);
}
