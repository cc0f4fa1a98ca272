using Microsoft.EntityFrameworkCore;
using Statistico.FootballData.Data;
using Statistico.FootballData.Ingestion;
using Statistico.FootballData.Providers;

namespace Statistico.FootballData.History;

/// <summary>
/// Backfills one provider league's history window by window through the one ingestion path (so re-reading a window
/// stores and publishes nothing twice), recording after each window how far it has come: a restart resumes at the
/// first window not finished, and a finished backfill is never read again. A lease on the row keeps replicas from
/// reading the same league at once.
/// </summary>
public sealed partial class HistoryBackfillRunner(
    FootballDataDbContext db, ProviderIngestion ingestion, TimeProvider clock, ILogger<HistoryBackfillRunner> logger)
{
    /// <summary>How long a replica owns a backfill after taking it or finishing a window (a dead one's lease runs out).</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>Days read and recorded at a time.</summary>
    public const int WindowDays = 100;

    /// <summary>Reads of a window whose season the database refused before the backfill gives up until its next pass.</summary>
    private const int RefusedAttempts = 3;

    /// <summary>
    /// True when the league's history is complete (now or before); false when it has to be tried again later: the
    /// source was away or refused a page, or another replica holds it.
    /// </summary>
    public async Task<bool> RunAsync(IHistoryProvider provider, int daysBack, string leagueId, string competitionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var row = await db.HistoryBackfills.FindAsync([provider.Name, leagueId], cancellationToken);
        if (row?.CompletedAt is not null)
        {
            return true;
        }

        if (row is null && !await CreateAsync(provider, daysBack, leagueId, competitionId, cancellationToken))
        {
            return false;
        }

        row = await db.HistoryBackfills.SingleAsync(h => h.Provider == provider.Name && h.LeagueId == leagueId, cancellationToken);
        if (!await TryLeaseAsync(row, cancellationToken))
        {
            return false;
        }

        while (row.NextFrom <= row.To)
        {
            var end = row.NextFrom.AddDays(WindowDays - 1) < row.To ? row.NextFrom.AddDays(WindowDays - 1) : row.To;
            var (read, failure, refused) = await ReadWindowAsync(provider, leagueId, row.NextFrom, end, cancellationToken);
            for (var attempt = 1; refused && attempt < RefusedAttempts; attempt++)
            {
                // A season the database refused (typically a race with the scheduled fixtures job creating the same
                // teams) stored nothing of that page; the race is over by now, so read the window again at once.
                (read, failure, refused) = await ReadWindowAsync(provider, leagueId, row.NextFrom, end, cancellationToken);
            }

            var now = clock.GetUtcNow();
            row.UpdatedAt = now;
            if (failure is not null)
            {
                // The window's pages already read are stored; the window is read again from its start next time.
                row.LastProblem = failure.Length > 1000 ? failure[..1000] : failure;
                row.LeaseUntil = null;
                await db.SaveChangesAsync(cancellationToken);
                LogWindowFailed(provider.Name, leagueId, row.NextFrom, end, failure);
                return false;
            }

            row.NextFrom = end.AddDays(1);
            row.Fixtures += read;
            row.LastProblem = null;
            row.LeaseUntil = now + Lease;
            if (row.NextFrom > row.To)
            {
                row.CompletedAt = now;
                row.LeaseUntil = null;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        LogCompleted(provider.Name, leagueId, competitionId, row.From, row.To, row.Fixtures);
        return true;
    }

    /// <summary>Reads one window: fixtures read, why it is not done (null when it is), and whether the database refused a season.</summary>
    private async Task<(int Read, string? Failure, bool Refused)> ReadWindowAsync(
        IHistoryProvider provider, string leagueId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var read = 0;
        string? failure = null;
        var refused = false;
        await foreach (var batch in provider.FetchBetweenAsync(from, to, leagueId, cancellationToken))
        {
            var report = await ingestion.IngestAsync(batch, provider.UnknownTeams, cancellationToken);
            read += batch.Fixtures.Count;
            failure ??= batch.Incomplete ? (batch.Problems.Count > 0 ? batch.Problems[^1].Reason : "a page could not be read") : null;
            if (report.Problems.FirstOrDefault(p => p.Reason.Contains(FixtureIngestor.SeasonNotStored, StringComparison.Ordinal)) is { } notStored)
            {
                refused = true;
                failure ??= notStored.Reason;
            }
        }

        return (read, failure, refused && !(failure?.Contains("left for the next run", StringComparison.Ordinal) ?? false));
    }

    /// <summary>Fixes the league's range from the source's today; false when another replica created it first.</summary>
    private async Task<bool> CreateAsync(IHistoryProvider provider, int daysBack, string leagueId, string competitionId, CancellationToken cancellationToken)
    {
        var today = await provider.TodayAsync(cancellationToken);
        var now = clock.GetUtcNow();
        db.HistoryBackfills.Add(new HistoryBackfillRow
        {
            Provider = provider.Name, LeagueId = leagueId, CompetitionId = competitionId,
            From = today.AddDays(-daysBack), To = today.AddDays(-1), NextFrom = today.AddDays(-daysBack),
            StartedAt = now, UpdatedAt = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private async Task<bool> TryLeaseAsync(HistoryBackfillRow row, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + Lease;
        var taken = await db.HistoryBackfills
            .Where(h => h.Provider == row.Provider && h.LeagueId == row.LeagueId && h.CompletedAt == null && (h.LeaseUntil == null || h.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LeaseUntil, until), cancellationToken);
        if (taken == 1)
        {
            await db.Entry(row).ReloadAsync(cancellationToken);
        }

        return taken == 1;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "History of {Provider} league {LeagueId} {From}..{To} not read ({Failure}); retried later")]
    private partial void LogWindowFailed(string provider, string leagueId, DateOnly from, DateOnly to, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "History of {Provider} league {LeagueId} ({Competition}) {From}..{To} backfilled: {Fixtures} fixtures")]
    private partial void LogCompleted(string provider, string leagueId, string competition, DateOnly from, DateOnly to, int fixtures);
}
