namespace Statistico.Simulator;

/// <summary>One synthetic league: its Sportmonks-style id, code, name and size.</summary>
public sealed class SyntheticLeagueOptions
{
    public int Id { get; set; } = 9001;

    public string Code { get; set; } = "SIM";

    public string Name { get; set; } = "Simulated League";

    /// <summary>Number of teams (even).</summary>
    public int Teams { get; set; } = 20;
}
