using Statistico.Testing;
namespace Statistico.Modelling.Tests.Support;

/// <summary>Minimal reader for the shared CSVs: no field is quoted, blank rows are skipped.</summary>
internal static class FootballDataFile
{
    public static IReadOnlyList<FootballDataRow> Read(string league, string season)
    {
        var path = Path.Combine(SharedData.FootballDataFolder, league, season + ".csv");
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var rows = new List<FootballDataRow>();
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length && i < fields.Length; i++)
            {
                cells[header[i]] = fields[i];
            }

            if (!string.IsNullOrEmpty(cells.GetValueOrDefault("HomeTeam")))
            {
                rows.Add(new FootballDataRow(cells));
            }
        }

        return rows;
    }
}
