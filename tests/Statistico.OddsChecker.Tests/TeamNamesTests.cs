using Statistico.OddsChecker.Mapping;

namespace Statistico.OddsChecker.Tests;

[Trait("Category", "Unit")]
public sealed class TeamNamesTests
{
    [Theory]
    [InlineData("Man Utd", "Manchester United FC")]
    [InlineData("Nott'm Forest", "Nottingham Forest")]
    [InlineData("Brighton & Hove Albion", "Brighton and Hove Albion")]
    [InlineData("Atlético Madrid", "Atletico Madrid")]
    [InlineData("AFC Bournemouth", "Bournemouth")]
    public void Spellings_of_one_team_normalise_alike(string left, string right) =>
        Assert.Equal(1, TeamNames.Similarity(left, right));

    [Theory]
    [InlineData("Tottenham", "Tottenham Hotspur")]
    [InlineData("Sheffield Weds", "Sheffield Wednesday")]
    [InlineData("Simulated League 1", "Simulated League 01")]
    public void Close_spellings_clear_the_threshold(string left, string right) =>
        Assert.True(TeamNames.Similarity(left, right) >= EventMatcher.Threshold, $"{TeamNames.Similarity(left, right)}");

    [Theory]
    [InlineData("Simulated League 01", "Simulated League 02")]
    [InlineData("Arsenal", "Chelsea")]
    [InlineData("Manchester City", "Manchester United")]
    public void Different_teams_stay_below_the_threshold(string left, string right) =>
        Assert.True(TeamNames.Similarity(left, right) < EventMatcher.Threshold, $"{TeamNames.Similarity(left, right)}");
}
