using System.Text;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Ingestion;
using Statistico.FootballData.Providers.FootballDataCoUk;
using Statistico.FootballDataFiles;

namespace Statistico.FootballData.Tests.Providers;

/// <summary>The quirks of real football-data.co.uk files, one at a time, as Football Data imports them.</summary>
[Trait("Category", "Unit")]
public sealed class FootballDataCoUkFileTests
{
    private const string OldHeader = "Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,FTR,HTHG,HTAG,HTR,Referee,HS,AS,HST,AST,HF,AF,HC,AC,HY,AY,HR,AR,B365H";
    private const string NewHeader = "Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR,HTHG,HTAG,HTR,HS,AS,HST,AST,HF,AF,HC,AC,HY,AY,HR,AR";

    [Fact]
    public void Reads_scores_statistics_referee_and_a_two_digit_year()
    {
        var (fixtures, problems) = Read("E0/2013-14.csv", OldHeader, "E0,17/08/13,Arsenal,Aston Villa,1,3,A,1,1,D,A Taylor,16,8,4,4,15,18,4,3,4,5,1,0,1.44");

        Assert.Empty(problems);
        var fixture = Assert.Single(fixtures);
        Assert.Equal(("E0", 2013, "Arsenal", "Aston Villa"), (fixture.CompetitionId, fixture.SeasonStartYear, fixture.HomeTeam, fixture.AwayTeam));
        Assert.Equal(FixtureStatus.Finished, fixture.Status);
        Assert.Equal((1, 3, 1, 1), (fixture.Result!.HomeGoals, fixture.Result.AwayGoals, fixture.Result.HalfTimeHomeGoals, fixture.Result.HalfTimeAwayGoals));
        Assert.Equal(new TeamMatchStatistics { Shots = 16, ShotsOnTarget = 4, Fouls = 15, Corners = 4, YellowCards = 4, RedCards = 1 }, fixture.Result.HomeStatistics);
        Assert.Equal(new TeamMatchStatistics { Shots = 8, ShotsOnTarget = 4, Fouls = 18, Corners = 3, YellowCards = 5, RedCards = 0 }, fixture.Result.AwayStatistics);
        Assert.Equal("A Taylor", fixture.Referee);
        Assert.Equal(2, fixture.Line);
        // No Time column: a nominal 15:00 UK (BST in August, so 14:00 UTC), flagged as not known.
        Assert.False(fixture.KickOffTimeKnown);
        Assert.Equal(new DateTimeOffset(2013, 8, 17, 14, 0, 0, TimeSpan.Zero), fixture.KickOff);
    }

    [Fact]
    public void A_kick_off_time_is_uk_time_in_summer_and_in_winter()
    {
        var (fixtures, _) = Read(
            "E0/2021-22.csv",
            NewHeader,
            "E0,13/08/2021,20:00,Brentford,Arsenal,2,0,H,1,0,H,8,22,3,4,12,8,2,5,0,0,0,0",
            "E0,26/12/2021,12:30,Liverpool,Leeds,3,0,H,2,0,H,20,2,7,0,9,11,10,0,1,2,0,0");

        Assert.Equal(new DateTimeOffset(2021, 8, 13, 19, 0, 0, TimeSpan.Zero), fixtures[0].KickOff);
        Assert.Equal(new DateTimeOffset(2021, 12, 26, 12, 30, 0, TimeSpan.Zero), fixtures[1].KickOff);
        Assert.All(fixtures, f => Assert.True(f.KickOffTimeKnown));
    }

    [Fact]
    public void A_bom_and_blank_trailing_rows_are_ignored()
    {
        var (fixtures, problems) = Read("I1/2014-15.csv", "\uFEFF" + OldHeader, "I1,30/08/14,Chievo,Juventus,0,1,A,0,1,A,,,,,,,,,,,,,,", ",,,,,,,,,,,,,,,,,,,,,,,", ",,,,,,,,,,,,,,,,,,,,,,,");

        Assert.Empty(problems);
        var fixture = Assert.Single(fixtures);
        Assert.Equal("I1", fixture.CompetitionId);
        Assert.Null(fixture.Result!.HomeStatistics); // every statistic missing: unknown, not zero
    }

    [Fact]
    public void The_season_comes_from_the_file_name_even_when_matches_run_into_august()
    {
        var (fixtures, _) = Read("F1/2019-20.csv", NewHeader, "F1,01/08/2020,20:00,Lyon,Nice,1,0,H,,,,,,,,,,,,,,,");

        Assert.Equal(2019, Assert.Single(fixtures).SeasonStartYear);
    }

    [Fact]
    public void The_site_layout_names_the_season_and_the_division_when_the_div_column_is_missing()
    {
        var (fixtures, problems) = Read(
            "https://www.football-data.co.uk/mmz4281/2122/SP1.csv", "Date,HomeTeam,AwayTeam,FTHG,FTAG", "13/08/2021,Valencia,Getafe,1,0");

        Assert.Empty(problems);
        Assert.Equal(("SP1", 2021), (Assert.Single(fixtures).CompetitionId, fixtures[0].SeasonStartYear));
    }

    [Fact]
    public void A_missing_required_column_skips_the_file_with_a_located_problem()
    {
        var (fixtures, problems) = Read("data.csv", "Div,Date,HomeTeam,FTHG,FTAG", "E0,13/08/2021,Brentford,2,0");

        Assert.Empty(fixtures);
        var problem = Assert.Single(problems);
        Assert.Equal(("data.csv", 1, "AwayTeam"), (problem.Location, problem.Line, problem.Column));
    }

    [Fact]
    public void A_malformed_row_is_reported_with_line_and_column_and_the_rest_is_kept()
    {
        var (fixtures, problems) = Read(
            "E0/2021-22.csv",
            NewHeader,
            "E0,13/08/2021,20:00,Brentford,Arsenal,2,0,H,1,0,H,8,22,3,4,12,8,2,5,0,0,0,0",
            "E0,14/08/2021,12:30,Man United,Leeds,five,1,H,1,0,H,,,,,,,,,,,,",
            "E0,14/08/2021,15:00,Burnley,Brighton,1,2,A,1,0,H,14,x,8,3,,,,,,,,",
            "E0,31/02/2021,15:00,Chelsea,Palace,3,0,H,,,,,,,,,,,,,,,");

        Assert.Equal(["Brentford", "Burnley"], fixtures.Select(f => f.HomeTeam));
        Assert.Null(fixtures[1].Result!.AwayStatistics!.Shots); // a bad statistic is dropped, the match kept
        Assert.Collection(
            problems,
            p => Assert.Equal((3, "FTHG"), (p.Line, p.Column)),
            p => Assert.Equal((4, "AS"), (p.Line, p.Column)),
            p => Assert.Equal((5, "Date"), (p.Line, p.Column)));
        Assert.Contains("'five' is not a goal count", problems[0].Reason, StringComparison.Ordinal);
        Assert.Equal("E0/2021-22.csv:3: column FTHG: 'five' is not a goal count; row skipped", problems[0].ToString());
    }

    [Fact]
    public void A_result_letter_that_contradicts_the_score_is_reported_and_the_score_kept()
    {
        var (fixtures, problems) = Read("E0/2021-22.csv", NewHeader, "E0,13/08/2021,20:00,Brentford,Arsenal,2,0,A,,,,,,,,,,,,,,,");

        Assert.Equal(2, Assert.Single(fixtures).Result!.HomeGoals);
        Assert.Equal("FTR", Assert.Single(problems).Column);
    }

    [Fact]
    public void A_row_without_a_score_is_a_fixture_still_to_play()
    {
        var (fixtures, problems) = Read("E0/2021-22.csv", NewHeader, "E0,13/08/2021,20:00,Brentford,Arsenal,,,,,,,,,,,,,,,,,,");

        Assert.Empty(problems);
        Assert.Equal(FixtureStatus.Scheduled, Assert.Single(fixtures).Status);
        Assert.Null(fixtures[0].Result);
    }

    private static (IReadOnlyList<IncomingFixture> Fixtures, IReadOnlyList<DataProblem> Problems) Read(string name, params string[] lines)
    {
        var batch = FootballDataCoUkProvider.Read("test", name, new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
        return (batch.Fixtures, batch.Problems);
    }
}
