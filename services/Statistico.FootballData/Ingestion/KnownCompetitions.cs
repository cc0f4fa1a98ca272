namespace Statistico.FootballData.Ingestion;

/// <summary>Names of the divisions football-data.co.uk publishes, so a competition created by an import reads well.</summary>
internal static class KnownCompetitions
{
    private static readonly Dictionary<string, (string Name, string Country)> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["E0"] = ("Premier League", "England"),
        ["E1"] = ("Championship", "England"),
        ["E2"] = ("League One", "England"),
        ["E3"] = ("League Two", "England"),
        ["EC"] = ("National League", "England"),
        ["SC0"] = ("Premiership", "Scotland"),
        ["D1"] = ("Bundesliga", "Germany"),
        ["D2"] = ("2. Bundesliga", "Germany"),
        ["SP1"] = ("La Liga", "Spain"),
        ["SP2"] = ("Segunda Division", "Spain"),
        ["I1"] = ("Serie A", "Italy"),
        ["I2"] = ("Serie B", "Italy"),
        ["F1"] = ("Ligue 1", "France"),
        ["F2"] = ("Ligue 2", "France"),
        ["N1"] = ("Eredivisie", "Netherlands"),
        ["B1"] = ("Jupiler League", "Belgium"),
        ["P1"] = ("Primeira Liga", "Portugal"),
        ["T1"] = ("Super Lig", "Turkey"),
        ["G1"] = ("Super League", "Greece"),
        ["SIM"] = ("Simulated Premier Division", "Simulated"),
        ["SIM2"] = ("Simulated First Division", "Simulated"),
    };

    public static (string Name, string? Country) Describe(string code) =>
        Names.TryGetValue(code, out var known) ? known : (code, null);
}
