using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Statistico.Contracts.FootballData;
using Statistico.Modelling.Ratings;
using Statistico.Testing;

namespace Statistico.Ratings.Tests;

/// <summary>A real season's results as Football Data would publish them, and the ratings the modelling library gives them.</summary>
internal static class SeasonResults
{
    public static List<FixtureResulted> Read(string file = "E0/2021-22.csv")
    {
        var lines = File.ReadAllLines(Path.Combine(SharedData.FootballDataFolder, file));
        var header = lines[0].TrimStart('\uFEFF').Split(',').ToList();
        var results = new List<FixtureResulted>();
        foreach (var fields in lines.Skip(1).Select(l => l.Split(',')).Where(f => f.Length > 5 && f[header.IndexOf("HomeTeam")].Length > 0))
        {
            string Field(string name) => fields[header.IndexOf(name)];
            var kickOff = DateTimeOffset.ParseExact($"{Field("Date")} {Field("Time")}", "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            var id = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{file}|{Field("HomeTeam")}|{Field("AwayTeam")}"))[..16]);
            results.Add(new FixtureResulted(
                id, Field("Div"), "2021/22", Field("HomeTeam"), Field("AwayTeam"), kickOff,
                int.Parse(Field("FTHG"), CultureInfo.InvariantCulture), int.Parse(Field("FTAG"), CultureInfo.InvariantCulture), kickOff.AddHours(2))
            {
                Revision = 1,
            });
        }

        return results;
    }

    /// <summary>Every team's final (attack, defence, Elo, pi home, pi away) by the library, results applied in kick-off order.</summary>
    public static Dictionary<string, (double Attack, double Defence, double Elo, double PiHome, double PiAway)> Expected(IEnumerable<FixtureResulted> results)
    {
        var attackDefence = new AttackDefenceRatings();
        var elo = new EloRatings();
        var pi = new PiRatings();
        foreach (var r in results.OrderBy(r => r.KickOff).ThenBy(r => r.FixtureId))
        {
            attackDefence.Update(RatedMatch.FromScore(r.CompetitionId, r.HomeTeam, r.AwayTeam, r.HomeGoals, r.AwayGoals));
            elo.Update(r.HomeTeam, r.AwayTeam, r.HomeGoals, r.AwayGoals);
            pi.Update(r.HomeTeam, r.AwayTeam, r.HomeGoals - r.AwayGoals);
        }

        return attackDefence.Ratings.Keys.ToDictionary(
            team => team,
            team => (attackDefence[team].Attack, attackDefence[team].Defence, elo[team], pi[team].Home, pi[team].Away));
    }
}
