using Statistico.OddsChecker.Data;
using Statistico.OddsChecker.Mapping;
using Statistico.OddsChecker.Sources;

namespace Statistico.OddsChecker.Tests;

[Trait("Category", "Unit")]
public sealed class EventMatcherTests
{
    private static readonly DateTimeOffset KickOff = new(2030, 8, 3, 15, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string> Competitions = new() { ["E0"] = "10932509" };

    private static readonly TrackedFixture United = Fixture("E0", "Manchester United", "Liverpool", KickOff);

    private static readonly TrackedFixture City = Fixture("E0", "Manchester City", "Chelsea", KickOff);

    [Fact]
    public void A_differently_spelled_event_matches_its_fixture_fuzzily()
    {
        var match = Matcher().Match(Event("Man Utd", "Liverpool FC", KickOff));

        Assert.Equal((United.FixtureId, "fuzzy"), (match.FixtureId, match.MatchedBy));
    }

    [Fact]
    public void An_event_in_another_competition_or_far_from_kick_off_is_reported_not_guessed()
    {
        Assert.Null(Matcher().Match(Event("Manchester United", "Liverpool", KickOff, competition: "99")).FixtureId);
        var late = Matcher().Match(Event("Manchester United", "Liverpool", KickOff.AddHours(3)));
        Assert.Null(late.FixtureId);
        Assert.Contains("Manchester United", late.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_decides_where_spelling_alone_cannot()
    {
        var source = Event("Red Devils", "Liverpool", KickOff);
        Assert.Null(Matcher().Match(source).FixtureId);

        var aliased = Matcher(new TeamAlias { Source = "betfair", Spelling = "Red Devils", Team = "Manchester United" }).Match(source);

        Assert.Equal((United.FixtureId, "alias"), (aliased.FixtureId, aliased.MatchedBy));
    }

    [Fact]
    public void Two_fixtures_matching_equally_well_are_ambiguous()
    {
        var twin = Fixture("E0", "Manchester United", "Liverpool", KickOff.AddMinutes(10));

        var match = new EventMatcher([United, twin], [], Competitions).Match(Event("Manchester United", "Liverpool", KickOff.AddMinutes(5)));

        Assert.Null(match.FixtureId);
        Assert.StartsWith("ambiguous", match.Reason, StringComparison.Ordinal);
    }

    private static EventMatcher Matcher(params TeamAlias[] aliases) => new([United, City], aliases, Competitions);

    private static TrackedFixture Fixture(string competition, string home, string away, DateTimeOffset kickOff) =>
        new() { FixtureId = Guid.NewGuid(), CompetitionId = competition, HomeTeam = home, AwayTeam = away, KickOff = kickOff, Status = "Scheduled" };

    private static SourceEvent Event(string home, string away, DateTimeOffset start, string competition = "10932509") =>
        new("1", $"{home} v {away}", competition, home, away, start);
}
