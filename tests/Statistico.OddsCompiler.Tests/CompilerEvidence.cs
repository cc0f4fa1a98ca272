using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Statistico.OddsCompiler.Data;
using Statistico.Testing;

namespace Statistico.OddsCompiler.Tests;

/// <summary>
/// Evidence that the compiler has refitted a competition: every refit, even one on unchanged history that keeps the
/// model, writes the competition's check time in the same transaction as its books and their outbox rows. A test that
/// asserts nothing was published waits for a newer check time (and then for the outbox to drain) first.
/// </summary>
internal static class CompilerEvidence
{
    public static async Task<DateTimeOffset?> CheckedAtAsync(CompilerFactory compiler, string competitionId, CancellationToken cancellationToken)
    {
        await using var scope = compiler.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OddsCompilerDbContext>().Competitions.AsNoTracking()
            .Where(c => c.CompetitionId == competitionId).Select(c => (DateTimeOffset?)c.CheckedAt).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Waits for a refit of <paramref name="competitionId"/> committed after <paramref name="after"/>; returns its check time.</summary>
    public static async Task<DateTimeOffset> RefittedAfterAsync(CompilerFactory compiler, string competitionId, DateTimeOffset? after, CancellationToken cancellationToken)
    {
        var checkedAt = await Eventually.GetAsync(
            () => CheckedAtAsync(compiler, competitionId, cancellationToken),
            c => c > after || (after is null && c is not null), TimeSpan.FromSeconds(30), $"a refit of {competitionId} after {after:O}", cancellationToken);
        return checkedAt!.Value;
    }

    /// <summary>
    /// Waits until no refit of <paramref name="competitionId"/> has committed for <paramref name="quiet"/> (an import's
    /// events arrive over seconds, so its burst may end in more than one refit); returns the settled check time.
    /// </summary>
    public static async Task<DateTimeOffset?> SettledAsync(CompilerFactory compiler, string competitionId, TimeSpan quiet, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        var checkedAt = await CheckedAtAsync(compiler, competitionId, cancellationToken);
        while (true)
        {
            await Task.Delay(quiet, cancellationToken);
            var now = await CheckedAtAsync(compiler, competitionId, cancellationToken);
            if (now == checkedAt)
            {
                return now;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"{competitionId} was still being refitted after a minute");
            checkedAt = now;
        }
    }
}
