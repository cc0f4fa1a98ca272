using System.Collections.Concurrent;

namespace Statistico.OddsChecker.Polling;

/// <summary>The latest poll outcome and the number of polls per source (for logs, health and tests).</summary>
internal sealed class PollStatistics
{
    private readonly ConcurrentDictionary<string, (int Polls, PollOutcome Last)> bySource = new(StringComparer.OrdinalIgnoreCase);

    public void Record(PollOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        bySource.AddOrUpdate(outcome.Source, _ => (1, outcome), (_, previous) => (previous.Polls + 1, outcome));
    }

    public int Polls(string source) => bySource.TryGetValue(source, out var entry) ? entry.Polls : 0;

    public PollOutcome? Last(string source) => bySource.TryGetValue(source, out var entry) ? entry.Last : null;
}
