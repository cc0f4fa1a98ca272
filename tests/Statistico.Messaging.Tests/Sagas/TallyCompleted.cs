namespace Statistico.Messaging.Tests.Sagas;

/// <summary>A tally saw all four steps.</summary>
public sealed record TallyCompleted(Guid TallyId, int Count);
