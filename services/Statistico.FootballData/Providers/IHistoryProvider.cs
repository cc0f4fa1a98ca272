using Statistico.FootballData.Ingestion;

namespace Statistico.FootballData.Providers;

/// <summary>A provider whose past can be read league by league and date window by date window (Sportmonks and the Simulator).</summary>
public interface IHistoryProvider : IFootballDataProvider
{
    /// <summary>The source's today (the Simulator's world clock, or this machine's for a real provider).</summary>
    Task<DateOnly> TodayAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The fixtures of one league between two days (inclusive), a batch per page. A page that could not be had comes
    /// back as a batch whose problem says so, and ends the window.
    /// </summary>
    IAsyncEnumerable<ImportBatch> FetchBetweenAsync(DateOnly firstDay, DateOnly lastDay, string leagueId, CancellationToken cancellationToken);
}
