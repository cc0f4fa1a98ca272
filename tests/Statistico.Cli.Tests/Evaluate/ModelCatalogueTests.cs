using Statistico.Cli.Evaluate;
using Statistico.Modelling.Goals;

namespace Statistico.Cli.Tests.Evaluate;

[Trait("Category", "Unit")]
public sealed class ModelCatalogueTests
{
    [Fact]
    public void The_default_and_the_alias_name_the_production_model()
    {
        Assert.Equal([ProductionModel.Create().Name], ModelCatalogue.Resolve(null));
        Assert.Equal([ModelCatalogue.ProductionName], ModelCatalogue.Resolve("production"));
    }

    [Fact]
    public void All_lists_every_model_once_production_first_and_each_can_be_created()
    {
        var all = ModelCatalogue.Resolve("all");

        Assert.Equal(ModelCatalogue.ProductionName, all[0]);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.All(ModelCatalogue.GoalModels(all), name => Assert.NotNull(ModelCatalogue.Create(name)));
        Assert.Equal([.. all.SkipLast(1)], ModelCatalogue.GoalModels(all));
        Assert.Equal("market-informed", all[^1]);
    }

    [Fact]
    public void Lists_are_deduplicated_and_unknown_names_are_rejected_with_the_known_ones()
    {
        Assert.Equal(["dixon-coles", ModelCatalogue.ProductionName], ModelCatalogue.Resolve("Dixon-Coles, production,dixon-coles"));

        var error = Assert.Throws<ArgumentException>(() => ModelCatalogue.Resolve("elo"));
        Assert.Contains("bivariate-poisson", error.Message, StringComparison.Ordinal);
    }
}
