using Statistico.Modelling.Pricing;
using Statistico.Trader.Markets;

namespace Statistico.Trader.Strategies;

/// <summary>Field-level checks of a strategy definition; keys are the JSON paths of the fields at fault.</summary>
public static class StrategyValidator
{
    /// <summary>Every problem with <paramref name="strategy"/>, by field; empty when it is valid.</summary>
    public static Dictionary<string, string[]> Validate(StrategyDefinition? strategy)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Fail(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        if (strategy is null)
        {
            Fail("", "A strategy definition is required.");
            return Flatten(errors);
        }

        RequireText(strategy.Name, "name", 100, Fail);
        if (strategy.Description is { Length: > 2000 })
        {
            Fail("description", "At most 2000 characters.");
        }

        if (strategy.Competitions is not { Count: > 0 } || strategy.Competitions.Any(string.IsNullOrWhiteSpace))
        {
            Fail("competitions", "At least one competition code, none blank.");
        }

        if (!MarketRules.Selections.ContainsKey(strategy.MarketType ?? ""))
        {
            Fail("marketType", $"Not a tradable market type; one of {string.Join(", ", MarketRules.Selections.Keys)}.");
        }
        else if (!MarketRules.IsKnown(strategy.MarketType!, strategy.Selection ?? ""))
        {
            Fail("selection", $"Not a selection of {strategy.MarketType}; one of {string.Join(", ", MarketRules.Selections[strategy.MarketType!])}.");
        }

        RequirePrice(strategy.MinPrice, "minPrice", Fail);
        RequirePrice(strategy.MaxPrice, "maxPrice", Fail);
        if (strategy.MinPrice > strategy.MaxPrice)
        {
            Fail("maxPrice", "The maximum price must be at least the minimum price.");
        }

        if (!(strategy.MinEdge >= 0 && strategy.MinEdge <= 10))
        {
            Fail("minEdge", "A number from 0 to 10 (0.03 is a 3% edge).");
        }

        RequireText(strategy.Model, "model", 200, Fail);
        if (strategy.PriceSources is not { Count: > 0 } || strategy.PriceSources.Any(string.IsNullOrWhiteSpace))
        {
            Fail("priceSources", "At least one price source, none blank.");
        }

        ValidateWindow(strategy.Window, Fail);
        ValidateStaking(strategy.Staking, Fail);
        if (strategy.StartingBankroll <= 0)
        {
            Fail("startingBankroll", "Must be positive.");
        }

        ValidateLimits(strategy.Limits, Fail);
        if (!(strategy.Commission >= 0 && strategy.Commission < 1))
        {
            Fail("commission", "A rate from 0 up to (not including) 1.");
        }

        return Flatten(errors);
    }

    private static void ValidateWindow(TradingWindow? window, Action<string, string> fail)
    {
        if (window is null)
        {
            fail("window", "A trading window is required.");
            return;
        }

        if (!(window.OpensHoursBefore > 0 && window.OpensHoursBefore <= 24 * 14))
        {
            fail("window.opensHoursBefore", "Hours before kick-off, above 0 and at most two weeks.");
        }

        if (!(window.ClosesMinutesBefore >= 0) || window.ClosesMinutesBefore >= window.OpensHoursBefore * 60)
        {
            fail("window.closesMinutesBefore", "Minutes before kick-off, at least 0 and less than the window's opening.");
        }
    }

    private static void ValidateStaking(Staking? staking, Action<string, string> fail)
    {
        if (staking is null)
        {
            fail("staking", "A staking plan is required.");
            return;
        }

        switch (staking.Kind)
        {
            case StakingKind.Flat when staking.Amount <= 0:
                fail("staking.amount", "A FLAT plan needs a positive amount.");
                break;
            case StakingKind.Percent when !(staking.Percent > 0 && staking.Percent <= 1):
                fail("staking.percent", "A PERCENT plan needs a share above 0 and at most 1 (0.01 is 1%).");
                break;
            case StakingKind.Kelly when !(staking.KellyFraction > 0 && staking.KellyFraction <= 1):
                fail("staking.kellyFraction", "A KELLY plan needs a fraction above 0 and at most 1.");
                break;
            case not (StakingKind.Flat or StakingKind.Percent or StakingKind.Kelly):
                fail("staking.kind", "FLAT, PERCENT or KELLY.");
                break;
        }

        if (!(staking.Cap > 0 && staking.Cap <= 1))
        {
            fail("staking.cap", "The largest bankroll share of one trade, above 0 and at most 1.");
        }
    }

    private static void ValidateLimits(RiskLimits? limits, Action<string, string> fail)
    {
        if (limits is null)
        {
            fail("limits", "Risk limits are required.");
            return;
        }

        if (limits.MaxStake <= 0)
        {
            fail("limits.maxStake", "Must be positive.");
        }

        if (limits.MaxFixtureExposure <= 0)
        {
            fail("limits.maxFixtureExposure", "Must be positive.");
        }

        if (limits.MaxStrategyExposure < limits.MaxFixtureExposure)
        {
            fail("limits.maxStrategyExposure", "Must be positive and at least the fixture exposure limit.");
        }

        if (limits.MaxDailyLoss <= 0)
        {
            fail("limits.maxDailyLoss", "Must be positive.");
        }

        if (limits.MaxOpenTrades <= 0)
        {
            fail("limits.maxOpenTrades", "Must be positive.");
        }
    }

    private static void RequirePrice(decimal price, string field, Action<string, string> fail)
    {
        if (price < 1.01m || price > 1000m || !BetfairTickLadder.IsTick((double)price))
        {
            fail(field, "A price on the Betfair tick ladder from 1.01 to 1000.");
        }
    }

    private static void RequireText(string? text, string field, int maxLength, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > maxLength)
        {
            fail(field, $"Required, at most {maxLength} characters.");
        }
    }

    private static Dictionary<string, string[]> Flatten(Dictionary<string, List<string>> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
