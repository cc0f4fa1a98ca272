using Statistico.FootballDataFiles;
using Statistico.Cli.Tests.Support;

namespace Statistico.Cli.Tests.FootballDataFiles;

[Trait("Category", "Unit")]
public sealed class FootballDataFileReaderTests : IDisposable
{
    private static readonly SeasonName Season = new(2015);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Two_and_four_digit_years_read_as_the_same_dates()
    {
        var shortYears = _folder.Write("E0/2015-16.csv", ["Div,Date,HomeTeam,AwayTeam,FTHG,FTAG", "E0,08/08/15,Arsenal,Chelsea,2,1"]);
        var longYears = _folder.Write("E1/2015-16.csv", ["Div,Date,HomeTeam,AwayTeam,FTHG,FTAG", "E1,08/08/2015,Arsenal,Chelsea,2,1"]);

        var a = FootballDataFileReader.Read(shortYears, "E0", Season).Matches.Single();
        var b = FootballDataFileReader.Read(longYears, "E1", Season).Matches.Single();

        Assert.Equal(new DateOnly(2015, 8, 8), a.Match.Date);
        Assert.Equal(a.Match.Date, b.Match.Date);
    }

    [Fact]
    public void A_byte_order_mark_does_not_hide_the_first_column()
    {
        // The BOM sits in front of the first header name: with "Date" first, a reader that kept it would lose every date.
        var path = _folder.Write("E0/2021-22.csv", ["Date,HomeTeam,AwayTeam,FTHG,FTAG", "13/08/2021,Brentford,Arsenal,2,0"], byteOrderMark: true);

        var contents = FootballDataFileReader.Read(path, "E0", new SeasonName(2021));

        Assert.Empty(contents.Problems);
        Assert.Equal("Brentford", contents.Matches.Single().Match.HomeTeam);
    }

    [Fact]
    public void Empty_trailing_rows_and_blank_lines_are_skipped_silently()
    {
        var path = _folder.Write("I1/2015-16.csv", [
            "Div,Date,HomeTeam,AwayTeam,FTHG,FTAG",
            "I1,22/08/15,Verona,Roma,1,1",
            ",,,,,",
            string.Empty,
            "I1,23/08/15,Empoli,Chievo,1,3",
            ",,,,,",
            ",,,,,",
        ]);

        var contents = FootballDataFileReader.Read(path, "I1", Season);

        Assert.Empty(contents.Problems);
        Assert.Equal(["Verona", "Empoli"], contents.Matches.Select(m => m.Match.HomeTeam));
    }

    [Fact]
    public void Columns_are_found_by_name_and_missing_columns_read_as_missing_prices()
    {
        // Reordered columns, no closing prices and no statistics, as in some seasons; the last row is also cut short.
        var path = _folder.Write("D1/2015-16.csv", [
            "HomeTeam,AwayTeam,Date,FTAG,FTHG,PSH,PSD,PSA,B365H,B365D,B365A",
            "Bayern Munich,Hamburg,14/08/15,0,5,1.1,12,30,1.08,11,26",
            "Augsburg,Hertha,15/08/15,1,0,2.2,3.4,3.5",
        ]);

        var matches = FootballDataFileReader.Read(path, "D1", Season).Matches;

        Assert.Equal((5, 0), (matches[0].Match.HomeGoals, matches[0].Match.AwayGoals));
        Assert.Null(matches[0].PinnacleClosing);
        Assert.Equal(new MatchOddsPrices(1.1, 12, 30), matches[0].Pinnacle);
        Assert.Equal(new MatchOddsPrices(1.08, 11, 26), matches[0].Bet365);
        Assert.Null(matches[0].Match.HomeShotsOnTarget);
        Assert.Null(matches[1].Bet365);
        Assert.Null(matches[0].PinnacleClosingOverUnder25);
    }

    [Fact]
    public void Malformed_rows_are_reported_with_path_and_line_and_the_rest_is_used()
    {
        var path = _folder.Write("SP1/2015-16.csv", [
            "Div,Date,HomeTeam,AwayTeam,FTHG,FTAG",
            "SP1,21/08/15,Malaga,Sevilla,0,0",
            "SP1,2015-08-22,Vallecano,Valencia,0,0",
            "SP1,22/08/15,Espanol,Getafe,one,0",
            "SP1,22/08/15,,Getafe,1,0",
            "SP1,23/08/15,Ath Madrid,Las Palmas,1,0",
        ]);

        var contents = FootballDataFileReader.Read(path, "SP1", Season);

        Assert.Equal(["Malaga", "Ath Madrid"], contents.Matches.Select(m => m.Match.HomeTeam));
        // Every usable row knows its line, so a later step (the Odds Checker's backfill) can report it too.
        Assert.Equal([2, 6], contents.Matches.Select(m => m.Line));
        Assert.Equal([3, 4, 5], contents.Problems.Select(p => p.Line));
        Assert.All(contents.Problems, p => Assert.Equal(path, p.Location));
        Assert.Contains("2015-08-22", contents.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Equal("FTHG", contents.Problems[1].Column);
        Assert.Contains("'one'", contents.Problems[1].Reason, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:3: ", contents.Problems[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_garbled_price_is_reported_but_the_match_is_kept()
    {
        var path = _folder.Write("F1/2015-16.csv", [
            "Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,PSCH,PSCD,PSCA,PSH,PSD,PSA",
            "F1,07/08/15,Lille,Paris SG,0,1,5.5,3.9,n/a,5.2,3.8,1.8",
        ]);

        var contents = FootballDataFileReader.Read(path, "F1", Season);

        var match = Assert.Single(contents.Matches);
        Assert.Null(match.PinnacleClosing);
        Assert.Equal(new MatchOddsPrices(5.2, 3.8, 1.8), match.Pinnacle);
        var problem = Assert.Single(contents.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Equal("PSCA", problem.Column);
    }

    [Fact]
    public void A_file_without_a_required_column_is_reported_on_its_header_line()
    {
        var path = _folder.Write("E1/2015-16.csv", ["Div,Date,HomeTeam,AwayTeam,FTHG", "E1,08/08/15,Brentford,Ipswich,2"]);

        var contents = FootballDataFileReader.Read(path, "E1", Season);

        Assert.Empty(contents.Matches);
        var problem = Assert.Single(contents.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Equal("FTAG", problem.Column);
    }

    [Fact]
    public void A_missing_file_is_reported_not_thrown()
    {
        var path = Path.Combine(_folder.Path, "E0", "1999-00.csv");

        var contents = FootballDataFileReader.Read(path, "E0", new SeasonName(1999));

        Assert.Empty(contents.Matches);
        Assert.Equal(path, Assert.Single(contents.Problems).Location);
    }

    [Fact]
    public void Over_under_prices_come_from_their_named_columns()
    {
        var path = _folder.Write("E0/2019-20.csv", [
            "Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,P>2.5,P<2.5,PC>2.5,PC<2.5",
            "E0,09/08/2019,20:00,Liverpool,Norwich,4,1,1.4,3.1,1.45,2.9",
        ]);

        var match = FootballDataFileReader.Read(path, "E0", new SeasonName(2019)).Matches.Single();

        Assert.Equal(new OverUnderPrices(1.45, 2.9), match.PinnacleClosingOverUnder25);
        Assert.Equal(new OverUnderPrices(1.4, 3.1), match.PinnacleOverUnder25);
    }

    [Fact]
    public void A_row_still_to_play_is_reported_because_only_played_matches_are_read_here()
    {
        var path = _folder.Write("E0/2021-22.csv", ["Div,Date,HomeTeam,AwayTeam,FTHG,FTAG", "E0,13/08/2021,Brentford,Arsenal,,"]);

        var contents = FootballDataFileReader.Read(path, "E0", new SeasonName(2021));

        Assert.Empty(contents.Matches);
        Assert.Equal((2, "FTHG"), (Assert.Single(contents.Problems).Line, contents.Problems[0].Column));
    }
}
