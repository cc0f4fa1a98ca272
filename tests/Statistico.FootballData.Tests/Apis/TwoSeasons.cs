using System.Globalization;
using Statistico.FootballData.Client;
using Statistico.Testing;

namespace Statistico.FootballData.Tests.Apis;

/// <summary>E0 2020/21 and 2021/22 from the shared files: imported into a host, and read back independently for expectations.</summary>
internal static class TwoSeasons
{
    public static readonly string[] Files = ["E0/2020-21.csv", "E0/2021-22.csv"];

    public static async Task ImportAsync(FootballDataHost host)
    {
        var client = new FootballDataClient(host.Client);
        foreach (var file in Files)
        {
            await using var stream = File.OpenRead(Path.Combine(SharedData.FootballDataFolder, file));
            var report = await client.ImportFootballDataCoUkAsync(file, stream, TestContext.Current.CancellationToken);
            Assert.Equal(380, report.Inserted);
        }
    }

    /// <summary>(date, home, away, home goals, away goals) of every match in the two files.</summary>
    public static List<(DateOnly Date, string Home, string Away, int HomeGoals, int AwayGoals)> Matches() =>
        [.. Files.SelectMany(file =>
        {
            var lines = File.ReadAllLines(Path.Combine(SharedData.FootballDataFolder, file));
            var header = lines[0].TrimStart('\uFEFF').Split(',').ToList();
            return lines.Skip(1).Select(line => line.Split(',')).Where(f => f.Length > 5 && f[header.IndexOf("HomeTeam")].Length > 0).Select(f => (
                DateOnly.ParseExact(f[header.IndexOf("Date")], "dd/MM/yyyy", CultureInfo.InvariantCulture),
                f[header.IndexOf("HomeTeam")],
                f[header.IndexOf("AwayTeam")],
                int.Parse(f[header.IndexOf("FTHG")], CultureInfo.InvariantCulture),
                int.Parse(f[header.IndexOf("FTAG")], CultureInfo.InvariantCulture)));
        })];
}
