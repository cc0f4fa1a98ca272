using Statistico.FootballDataFiles;

namespace Statistico.Cli.Tests.FootballDataFiles;

[Trait("Category", "Unit")]
public sealed class SeasonNameTests
{
    [Theory]
    [InlineData("2015-16", 2015)]
    [InlineData("2015-2016", 2015)]
    [InlineData("1999-00", 1999)]
    public void Both_spellings_parse_to_the_start_year(string text, int startYear)
    {
        Assert.True(SeasonName.TryParse(text, out var season));
        Assert.Equal(startYear, season.StartYear);
    }

    [Theory]
    [InlineData("2015-17")]
    [InlineData("15-16")]
    [InlineData("2015")]
    [InlineData("season")]
    [InlineData("")]
    public void Anything_else_is_rejected(string text) => Assert.False(SeasonName.TryParse(text, out _));

    [Fact]
    public void Seasons_print_in_the_file_name_form_and_order_by_start_year()
    {
        Assert.Equal("1999-00", new SeasonName(1999).ToString());
        Assert.True(SeasonName.Parse("2015-16") < SeasonName.Parse("2016-2017"));
    }

    [Theory]
    [InlineData("2021/22")]
    [InlineData("2021/2022")]
    public void The_label_forms_parse_too(string text) => Assert.Equal(new SeasonName(2021), SeasonName.Parse(text));

    [Fact]
    public void A_season_has_the_label_services_use_and_is_known_from_a_match_date()
    {
        Assert.Equal("2021/22", new SeasonName(2021).Label);
        Assert.Equal("1999/00", new SeasonName(1999).Label);
        Assert.Equal(new SeasonName(2021), SeasonName.Of(new DateOnly(2021, 7, 1)));
        Assert.Equal(new SeasonName(2020), SeasonName.Of(new DateOnly(2021, 6, 30)));
    }
}
