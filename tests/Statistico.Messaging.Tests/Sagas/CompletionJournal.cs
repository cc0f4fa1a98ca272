using System.Collections.Concurrent;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>How many times each tally's completion arrived.</summary>
public sealed class CompletionJournal
{
    private readonly ConcurrentDictionary<Guid, int> completions = new();

    public int Distinct => completions.Count;

    public int Total => completions.Values.Sum();

    public void Completed(Guid tallyId) => completions.AddOrUpdate(tallyId, 1, (_, count) => count + 1);
}
