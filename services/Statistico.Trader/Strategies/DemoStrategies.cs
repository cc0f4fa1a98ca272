using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Contracts.Trading;
using Statistico.Trader.Data;

namespace Statistico.Trader.Strategies;

/// <summary>
/// With <c>Trader:DemoStrategies</c> on (the README's run command), creates the demo strategies, ACTIVE, unless they
/// exist: a newcomer sees trades placed, matched and settled on the simulated world within minutes. Runs after the
/// migrator (registered after it); brings a demo strategy nobody changed (still version 1) up to this release's
/// definition, and leaves a strategy an operator changed alone.
/// </summary>
internal sealed partial class DemoStrategies(
    IServiceScopeFactory scopes, IOptions<TraderOptions> options, IConfiguration configuration, ILogger<DemoStrategies> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.DemoStrategies)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var book = scope.ServiceProvider.GetRequiredService<StrategyBook>();
        var db = scope.ServiceProvider.GetRequiredService<TraderDbContext>();
        foreach (var (id, definition) in Definitions(options.Value, withLive: Live.LiveExchangeRegistration.IsConfigured(configuration)))
        {
            if (await book.CreateAsync(id, definition, StrategyStatus.Active, cancellationToken) is not null)
            {
                LogCreated(id);
                continue;
            }

            // Still the version an earlier release's demo setup created (nobody changed it since), but not today's
            // definition: bring it up to date, or a demo that once named another model would never trade again.
            var existing = await db.Strategies.AsNoTracking().SingleAsync(s => s.Id == id, cancellationToken);
            if (existing.Version == 1 && !SameDefinition(existing.Definition, definition))
            {
                await book.ChangeAsync(id, "demo definition updated", s => s.Definition = definition, cancellationToken);
                LogUpdated(id);
            }
        }
    }

    // Records holding lists compare the lists by reference: compare what is stored instead.
    private static bool SameDefinition(StrategyDefinition stored, StrategyDefinition current) =>
        JsonSerializer.Serialize(stored) == JsonSerializer.Serialize(current);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The demo strategies: PAPER ones back whichever match-odds selection the model prices above the simulated exchange;
    /// with an exchange configured (<paramref name="withLive"/>), a LIVE one backs home value there with small stakes.
    /// </summary>
    public static IEnumerable<(string Id, StrategyDefinition Definition)> Definitions(TraderOptions options, bool withLive)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = new RiskLimits(MaxStake: 20, MaxFixtureExposure: 60, MaxStrategyExposure: 400, MaxDailyLoss: 200, MaxOpenTrades: 40);
        foreach (var selection in new[] { "HOME", "DRAW", "AWAY" })
        {
            yield return ($"demo-paper-{selection.ToLowerInvariant()}", new StrategyDefinition(
                Name: $"Demo paper: back {selection.ToLowerInvariant()} value",
                Description: "Backs the selection on the simulated exchange when Statistico's model prices it at least 2% above the market, quarter Kelly.",
                Competitions: options.EffectiveDemoCompetitions,
                MarketType: "MATCH_ODDS",
                Selection: selection,
                Side: Side.Back,
                MinPrice: 1.2m,
                MaxPrice: 15m,
                MinEdge: 0.02,
                Model: options.DemoModel,
                PriceSources: ["betfair"],
                Window: new TradingWindow(OpensHoursBefore: 72, ClosesMinutesBefore: 2),
                Staking: new Staking(StakingKind.Kelly, KellyFraction: 0.25, Cap: 0.02),
                StartingBankroll: 1000,
                Mode: StrategyMode.Paper,
                Limits: limits));
        }

        if (withLive)
        {
            yield return ("demo-live-home", new StrategyDefinition(
                Name: "Demo live: back home value",
                Description: "Places real orders on the configured exchange (the Simulator's by default) when the model prices the home side at least 3% above it; flat 5.",
                Competitions: options.EffectiveDemoCompetitions,
                MarketType: "MATCH_ODDS",
                Selection: "HOME",
                Side: Side.Back,
                MinPrice: 1.2m,
                MaxPrice: 10m,
                MinEdge: 0.03,
                Model: options.DemoModel,
                PriceSources: ["betfair"],
                Window: new TradingWindow(OpensHoursBefore: 72, ClosesMinutesBefore: 2),
                Staking: new Staking(StakingKind.Flat, Amount: 5, Cap: 0.02),
                StartingBankroll: 500,
                Mode: StrategyMode.Live,
                Limits: limits with { MaxStake = 5, MaxFixtureExposure = 5, MaxStrategyExposure = 100, MaxDailyLoss = 50 }));
        }
    }

    [LoggerMessage(LogLevel.Information, "Created the demo strategy {StrategyId}, ACTIVE")]
    private partial void LogCreated(string strategyId);

    [LoggerMessage(LogLevel.Information, "Updated the demo strategy {StrategyId} to this release's definition")]
    private partial void LogUpdated(string strategyId);
}
