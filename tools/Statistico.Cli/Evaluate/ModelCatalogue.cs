using Statistico.Modelling.Goals;
using Statistico.Modelling.MarketInformed;

namespace Statistico.Cli.Evaluate;

/// <summary>
/// The goal models <c>--model</c> can name. Each entry is a factory because a walk-forward keeps
/// warm-start state in the fitted models, so every league needs a fresh instance.
/// </summary>
public static class ModelCatalogue
{
    /// <summary>Accepted on the command line for whatever <see cref="ProductionModel"/> currently is.</summary>
    public const string ProductionAlias = "production";

    // Declared before Factories: static initialisers run in text order and Factories uses it.
    /// <summary>The production model's report name (its own <see cref="IGoalModel.Name"/>).</summary>
    public static string ProductionName { get; } = ProductionModel.Create().Name;

    private static readonly Dictionary<string, Func<IGoalModel>> Factories = new(StringComparer.OrdinalIgnoreCase)
    {
        [ProductionName] = ProductionModel.Create,
        ["dixon-coles"] = () => new DixonColesModel(),
        ["negative-binomial"] = () => new DixonColesModel(new DixonColesOptions { Distribution = CountDistribution.NegativeBinomial }),
        ["bivariate-poisson"] = () => new BivariatePoissonModel(),
        ["statistics-regression"] = () => new StatisticsRegressionModel(),
        // The mixture docs/benchmarks.md measured as the best O/U model: production widened by the regression's scorelines.
        ["ensemble"] = () => new EnsembleGoalModel([(ProductionModel.Create(), 0.7), (new StatisticsRegressionModel(), 0.3)]),
    };

    /// <summary>
    /// Every model name, production first, then the goal models, then the market-informed model (which is not a
    /// goal model: it combines the production model's forecasts with pre-closing prices, see <see cref="MarketInformedModel"/>).
    /// </summary>
    public static IReadOnlyList<string> Names { get; } = [.. Factories.Keys, MarketInformedModel.Name];

    /// <summary>The goal models a selection needs walked forward: the market-informed model needs the production model.</summary>
    public static IReadOnlyList<string> GoalModels(IReadOnlyList<string> selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var goalModels = selection.Where(Factories.ContainsKey).ToList();
        if (selection.Contains(MarketInformedModel.Name) && !goalModels.Contains(ProductionName))
        {
            goalModels.Add(ProductionName);
        }

        return goalModels;
    }

    /// <summary>
    /// Model names for a <c>--model</c> value: "all", a comma-separated list, or the production
    /// alias. Unknown names throw an <see cref="ArgumentException"/> listing the known ones.
    /// </summary>
    public static IReadOnlyList<string> Resolve(string? selection)
    {
        if (string.IsNullOrWhiteSpace(selection))
        {
            return [ProductionName];
        }

        if (selection.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return Names;
        }

        var names = new List<string>();
        foreach (var part in selection.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var name = part.Equals(ProductionAlias, StringComparison.OrdinalIgnoreCase) ? ProductionName : part;
            if (!Names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"Unknown model '{part}'. Known: {ProductionAlias}, {string.Join(", ", Names)}, all.", nameof(selection));
            }

            var canonical = Names.First(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (!names.Contains(canonical))
            {
                names.Add(canonical);
            }
        }

        return names;
    }

    /// <summary>A fresh instance of the named model.</summary>
    public static IGoalModel Create(string name) => Factories[name]();
}
