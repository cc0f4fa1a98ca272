using System.Globalization;
using Statistico.Betfair.Api;
using Statistico.Modelling.Markets;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Exchange;

/// <summary>
/// The markets every fixture with prices gets, with Betfair's ids and names. Market ids are "1." + fixture id × 10 +
/// market number, so a market id alone finds its fixture.
/// </summary>
public static class MarketCatalog
{
    /// <summary>Selection id of "The Draw" in Betfair's samples.</summary>
    public const long DrawSelectionId = 58805;

    public const long Under25SelectionId = 47972;
    public const long Over25SelectionId = 47973;
    public const long BothScoreYesSelectionId = 30610;
    public const long BothScoreNoSelectionId = 110503;

    private static readonly string[] Types = [MarketTypes.MatchOdds, MarketTypes.OverUnder(2.5), MarketTypes.BothTeamsToScore];

    public static IReadOnlyList<SimMarket> For(WorldFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        return fixture.Opening is null ? [] : [.. Enumerable.Range(0, Types.Length).Select(i => Create(fixture, i))];
    }

    public static SimMarket? Find(WorldDefinition world, string marketId)
    {
        ArgumentNullException.ThrowIfNull(world);
        if (!TryParse(marketId, out var fixtureId, out var index) || world.Find(fixtureId) is not { Opening: not null } fixture)
        {
            return null;
        }

        return Create(fixture, index);
    }

    /// <summary>
    /// Betfair's market id form, "1." and digits. One rule for unknown ids (issue 19): a malformed id is
    /// INVALID_INPUT_DATA; a well-formed one that names no market (whatever its last digit) is simply not found.
    /// </summary>
    public static bool IsWellFormed(string? marketId) =>
        marketId is { Length: > 2 and <= 20 } && marketId.StartsWith("1.", StringComparison.Ordinal)
        && long.TryParse(marketId.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out _);

    public static bool TryParse(string? marketId, out int fixtureId, out int index)
    {
        fixtureId = 0;
        index = 0;
        if (marketId is null || !marketId.StartsWith("1.", StringComparison.Ordinal)
            || !long.TryParse(marketId.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        index = (int)(number % 10) - 1;
        if (number / 10 > int.MaxValue)
        {
            return false;
        }

        fixtureId = (int)(number / 10);
        return index >= 0 && index < Types.Length;
    }

    /// <summary>
    /// OPEN before kick-off (from when markets open), SUSPENDED in play (from kick-off until
    /// <see cref="ExchangeOptions.InPlayReopenAfter"/>, then OPEN again when it is set), CLOSED from full time.
    /// </summary>
    public static MarketStatus Status(WorldFixture fixture, DateTimeOffset now, ExchangeOptions options)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(options);
        if (now >= fixture.KickOff + options.MatchDuration)
        {
            return MarketStatus.Closed;
        }

        if (now >= SuspendTime(fixture, options))
        {
            return ReopensInPlay(fixture, options) && now >= fixture.KickOff + options.InPlayReopenAfter!.Value ? MarketStatus.Open : MarketStatus.Suspended;
        }

        return now >= fixture.KickOff - options.MarketsOpenBefore ? MarketStatus.Open : MarketStatus.Inactive;
    }

    /// <summary>Between kick-off and full time of a fixture that is played (not postponed).</summary>
    public static bool InPlay(WorldFixture fixture, DateTimeOffset now, ExchangeOptions options)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(options);
        return fixture.Disruption != FixtureDisruption.Postponed && now >= fixture.KickOff && now < fixture.KickOff + options.MatchDuration;
    }

    /// <summary>Betfair's betDelay in seconds: the in-play delay while a market that reopens in play is in play, else 0.</summary>
    public static int BetDelaySeconds(WorldFixture fixture, DateTimeOffset now, ExchangeOptions options) =>
        ReopensInPlay(fixture, options) && InPlay(fixture, now, options) ? (int)Math.Ceiling(options.InPlayBetDelay.TotalSeconds) : 0;

    /// <summary>When betting stops: kick-off, or the postponement's announcement.</summary>
    public static DateTimeOffset SuspendTime(WorldFixture fixture, ExchangeOptions options)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(options);
        return fixture.Disruption == FixtureDisruption.Postponed ? fixture.KickOff - options.PostponementNotice : fixture.KickOff;
    }

    // Only fixtures played as scheduled turn in play: a postponed one never kicks off, an abandoned one stays suspended.
    private static bool ReopensInPlay(WorldFixture fixture, ExchangeOptions options) =>
        options.InPlayReopenAfter is not null && fixture.Disruption == FixtureDisruption.None;

    private static SimMarket Create(WorldFixture fixture, int index)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"1.{((long)fixture.Id * 10) + index + 1}");
        return index switch
        {
            0 => new SimMarket(id, Types[0], "Match Odds", fixture,
            [
                new(fixture.Home.Id, fixture.Home.Name, 1, p => p.Home, r => r.HomeGoals > r.AwayGoals),
                new(fixture.Away.Id, fixture.Away.Name, 2, p => p.Away, r => r.HomeGoals < r.AwayGoals),
                new(DrawSelectionId, "The Draw", 3, p => p.Draw, r => r.HomeGoals == r.AwayGoals),
            ]),
            1 => new SimMarket(id, Types[1], "Over/Under 2.5 Goals", fixture,
            [
                new(Under25SelectionId, "Under 2.5 Goals", 1, p => p.Under25, r => r.TotalGoals < 3),
                new(Over25SelectionId, "Over 2.5 Goals", 2, p => p.Over25, r => r.TotalGoals >= 3),
            ]),
            _ => new SimMarket(id, Types[2], "Both teams to Score?", fixture,
            [
                new(BothScoreYesSelectionId, "Yes", 1, p => p.BothScore, r => r.HomeGoals > 0 && r.AwayGoals > 0),
                new(BothScoreNoSelectionId, "No", 2, p => p.NotBothScore, r => r.HomeGoals == 0 || r.AwayGoals == 0),
            ]),
        };
    }
}
