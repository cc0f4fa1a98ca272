using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Tests.Support;

/// <summary>The shared evaluation split: six leagues, history from 2012/13, evaluated from 2015/16.</summary>
internal static class SharedSplit
{
    public static readonly string[] Leagues = ["E0", "E1", "D1", "SP1", "I1", "F1"];

    public static readonly string[] Seasons =
        ["2012-13", "2013-14", "2014-15", "2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22"];

    public static readonly DateOnly EvaluateFrom = new(2015, 7, 1);

    private static readonly Dictionary<string, IReadOnlyList<FootballDataRow>> Cache = [];

    public static IReadOnlyList<FootballDataRow> Rows(string league)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(league, out var rows))
            {
                rows = [.. Seasons.SelectMany(s => FootballDataFile.Read(league, s))];
                Cache[league] = rows;
            }

            return rows;
        }
    }

    public static List<MatchRecord> Matches(string league) => [.. Rows(league).Select(r => r.ToMatch())];
}
