using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Statistico.Modelling.Goals;
using Statistico.Testing;
using Statistico.Trader.Strategies;
using Statistico.Trader.Tests.Support;

namespace Statistico.Trader.Tests.Integration;

/// <summary>
/// A database whose demo strategies an earlier release created (naming a model the compiler no longer publishes) gets
/// today's definitions at the next start, unless an operator has changed the strategy since.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DemoStrategiesUpgradeTests(TestInfrastructure infrastructure) : TraderTestBase(infrastructure)
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Trader:DemoStrategies"] = "true" };

    [Fact]
    public async Task An_untouched_demo_strategy_from_an_earlier_release_is_brought_up_to_date_and_a_changed_one_is_left_alone()
    {
        // As an earlier release left them: version 1 untouched, version 2 changed by an operator; both on the old model.
        await QueryAsync(async db =>
        {
            var home = await db.Strategies.SingleAsync(s => s.Id == "demo-paper-home", Ct);
            home.Definition = home.Definition with { Model = "dixon-coles" };
            var draw = await db.Strategies.SingleAsync(s => s.Id == "demo-paper-draw", Ct);
            draw.Definition = draw.Definition with { Model = "dixon-coles" };
            draw.Version = 2;
            return await db.SaveChangesAsync(Ct);
        });

        // The next start of the service.
        await Factory.Services.GetServices<IHostedService>().OfType<DemoStrategies>().Single().StartAsync(Ct);

        var (home, draw, away) = await QueryAsync(async db => (
            await db.Strategies.AsNoTracking().SingleAsync(s => s.Id == "demo-paper-home", Ct),
            await db.Strategies.AsNoTracking().SingleAsync(s => s.Id == "demo-paper-draw", Ct),
            await db.Strategies.AsNoTracking().SingleAsync(s => s.Id == "demo-paper-away", Ct)));
        Assert.Equal((2, ProductionModel.Create().Name), (home.Version, home.Definition.Model));
        Assert.Equal((2, "dixon-coles"), (draw.Version, draw.Definition.Model));
        Assert.Equal((1, ProductionModel.Create().Name), (away.Version, away.Definition.Model));
        var changes = await QueryAsync(db => db.StrategyVersions.Where(v => v.StrategyId == "demo-paper-home").OrderBy(v => v.Version).Select(v => v.Change).ToListAsync(Ct));
        Assert.Equal(["created", "demo definition updated"], changes);
    }
}
