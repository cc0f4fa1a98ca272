using Statistico.FootballDataFiles;
using Statistico.Cli.Tests.Support;

namespace Statistico.Cli.Tests.FootballDataFiles;

[Trait("Category", "Unit")]
public sealed class FootballDataFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Leagues_are_the_sub_folders_holding_season_files()
    {
        _folder.Write("E0/2015-16.csv", SyntheticSeason.Lines(2015, 4, seed: 1));
        _folder.Write("D1/2016-2017.csv", SyntheticSeason.Lines(2016, 4, seed: 2));
        _folder.Write("notes/readme.csv", ["not a season"]);

        Assert.Equal(["D1", "E0"], FootballDataFolder.Leagues(_folder.Path));
        Assert.Equal([new SeasonName(2016)], FootballDataFolder.Seasons(Path.Combine(_folder.Path, "D1")).Keys);
    }

    [Fact]
    public void A_gap_in_the_seasons_is_reported_as_a_missing_file_and_the_other_seasons_are_read()
    {
        _folder.Write("E0/2014-15.csv", SyntheticSeason.Lines(2014, 4, seed: 1, dateFormat: "dd/MM/yy"));
        _folder.Write("E0/2016-17.csv", SyntheticSeason.Lines(2016, 4, seed: 2));

        var data = FootballDataFolder.Load(_folder.Path);

        Assert.Equal(24, data.Leagues["E0"].Count);
        var problem = Assert.Single(data.Problems);
        Assert.Equal(Path.Combine(_folder.Path, "E0", "2015-16.csv"), problem.Location);
        Assert.Contains("not found", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void To_season_limits_what_is_read_and_reports_seasons_asked_for_but_absent()
    {
        _folder.Write("E0/2014-15.csv", SyntheticSeason.Lines(2014, 4, seed: 1));
        _folder.Write("E0/2015-16.csv", SyntheticSeason.Lines(2015, 4, seed: 2));

        Assert.Equal(12, FootballDataFolder.Load(_folder.Path, toSeason: new SeasonName(2014)).Leagues["E0"].Count);
        Assert.Contains(
            FootballDataFolder.Load(_folder.Path, toSeason: new SeasonName(2016)).Problems,
            p => p.Location.EndsWith("2016-17.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_league_and_a_missing_folder_are_reported()
    {
        _folder.Write("E0/2015-16.csv", SyntheticSeason.Lines(2015, 4, seed: 1));

        var data = FootballDataFolder.Load(_folder.Path, ["E0", "ZZ"]);
        var nothing = FootballDataFolder.Load(Path.Combine(_folder.Path, "absent"));

        Assert.Equal(["E0"], data.Leagues.Keys);
        Assert.Equal(Path.Combine(_folder.Path, "ZZ"), Assert.Single(data.Problems).Location);
        Assert.Empty(nothing.Leagues);
        Assert.Single(nothing.Problems);
    }
}
