using System.Collections.Concurrent;

namespace Statistico.Messaging.Tests;

/// <summary>What a test consumer saw: every attempt, and what it processed.</summary>
public sealed class ConsumerJournal
{
    private readonly ConcurrentQueue<string> attempts = new();
    private readonly ConcurrentQueue<string> processed = new();

    public IReadOnlyCollection<string> Processed => processed;

    public void Attempted(string name) => attempts.Enqueue(name);

    public void Succeeded(string name) => processed.Enqueue(name);

    public int Attempts(string name) => attempts.Count(a => a == name);
}
