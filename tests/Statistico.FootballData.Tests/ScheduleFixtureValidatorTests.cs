using Statistico.FootballData.Fixtures;

namespace Statistico.FootballData.Tests;

[Trait("Category", "Unit")]
public sealed class ScheduleFixtureValidatorTests
{
    private static readonly DateTimeOffset KickOff = new(2026, 12, 26, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_complete_fixture_is_valid() =>
        Assert.Empty(ScheduleFixtureValidator.Validate(new ScheduleFixtureRequest("E0", "2026/27", "Arsenal", "Chelsea", KickOff)));

    [Fact]
    public void Every_missing_field_is_named()
    {
        var errors = ScheduleFixtureValidator.Validate(new ScheduleFixtureRequest(" ", "", "Arsenal", "", default));

        Assert.Equal(["AwayTeam", "CompetitionId", "KickOff", "Season"], errors.Keys.Order());
    }

    [Fact]
    public void A_team_cannot_play_itself_whatever_the_case()
    {
        var errors = ScheduleFixtureValidator.Validate(new ScheduleFixtureRequest("E0", "2026/27", "Arsenal", " arsenal ", KickOff));

        Assert.Equal("A team cannot play itself.", Assert.Single(errors["AwayTeam"]));
    }

    [Fact]
    public void Names_longer_than_the_column_are_refused()
    {
        var errors = ScheduleFixtureValidator.Validate(new ScheduleFixtureRequest("E0", "2026/27", new string('x', 101), "Chelsea", KickOff));

        Assert.Contains("longer than 100", Assert.Single(errors["HomeTeam"]), StringComparison.Ordinal);
    }
}
