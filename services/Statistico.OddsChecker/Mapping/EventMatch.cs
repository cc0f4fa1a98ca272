namespace Statistico.OddsChecker.Mapping;

/// <summary>The outcome of matching one source event: a fixture and how it was found, or the reason there is none.</summary>
/// <param name="FixtureId">The matched fixture, or null.</param>
/// <param name="MatchedBy"><c>exact</c>, <c>alias</c> or <c>fuzzy</c> when matched.</param>
/// <param name="Reason">Why nothing was matched.</param>
internal sealed record EventMatch(Guid? FixtureId, string? MatchedBy, string? Reason)
{
    public static EventMatch Matched(Guid fixtureId, string matchedBy) => new(fixtureId, matchedBy, null);

    public static EventMatch Unmatched(string reason) => new(null, null, reason);
}
