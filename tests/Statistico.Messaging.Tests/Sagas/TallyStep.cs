namespace Statistico.Messaging.Tests.Sagas;

/// <summary>One of the four steps of a tally; they may arrive in any order and at the same time.</summary>
public sealed record TallyStep(Guid TallyId, int Step);
