namespace Statistico.Messaging.Benchmarks;

/// <summary>The saga's first event.</summary>
public sealed record BenchStarted(Guid Id);

/// <summary>A later event; <paramref name="Step"/> 1..3.</summary>
public sealed record BenchAdvanced(Guid Id, int Step);

/// <summary>Published by the saga when it finishes, and by the outbox benchmark.</summary>
public sealed record BenchFinished(Guid Id);
