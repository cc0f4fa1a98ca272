namespace Statistico.Charts.Tests.Support;

/// <summary>One service as the chart knows it: its Kubernetes name, the project that runs in it, its image.</summary>
internal sealed record ChartComponent(string Name, string Project, string Image);

/// <summary>Every service the chart deploys.</summary>
internal static class ChartComponents
{
    public static IReadOnlyList<ChartComponent> All { get; } =
    [
        new("football-data", "Statistico.FootballData", "statistico-football-data"),
        new("ratings", "Statistico.Ratings", "statistico-ratings"),
        new("odds-compiler", "Statistico.OddsCompiler", "statistico-odds-compiler"),
        new("odds-checker", "Statistico.OddsChecker", "statistico-odds-checker"),
        new("odds-warehouse", "Statistico.OddsWarehouse", "statistico-odds-warehouse"),
        new("trader", "Statistico.Trader", "statistico-trader"),
        new("simulator", "Statistico.Simulator", "statistico-simulator"),
        new("gateway", "Statistico.Gateway", "statistico-gateway"),
    ];

    public static ChartComponent Named(string name) => All.Single(c => c.Name == name);
}
