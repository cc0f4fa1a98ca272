using Statistico.Testing;

namespace Statistico.FootballData.Tests.Import;

/// <summary>
/// Every match of the shared files as a line of text, read independently of the service's reader (header names,
/// no parsing beyond splitting), so a stored fixture can be compared with its file field by field.
/// </summary>
internal static class ExpectedMatches
{
    public static readonly string[] Columns = ["FTHG", "FTAG", "HTHG", "HTAG", "HS", "AS", "HST", "AST", "HF", "AF", "HC", "AC", "HY", "AY", "HR", "AR", "Referee"];

    public static List<string> ReadAll()
    {
        var lines = new List<string>();
        foreach (var path in Directory.EnumerateFiles(SharedData.FootballDataFolder, "*.csv", SearchOption.AllDirectories))
        {
            var division = Path.GetFileName(Path.GetDirectoryName(path))!;
            var startYear = Path.GetFileNameWithoutExtension(path)[..4];
            var rows = File.ReadAllLines(path);
            var header = rows[0].TrimStart('\uFEFF').Split(',').ToList();
            foreach (var row in rows.Skip(1))
            {
                var fields = row.Split(',');
                string Field(string name) => header.IndexOf(name) is var i and >= 0 && i < fields.Length ? fields[i].Trim() : string.Empty;
                if (Field("HomeTeam").Length == 0)
                {
                    continue;
                }

                lines.Add(Line([division, startYear, Field("HomeTeam"), Field("AwayTeam"), .. Columns.Select(Field)]));
            }
        }

        return lines;
    }

    public static string Line(IEnumerable<string> fields) => string.Join('|', fields);
}
