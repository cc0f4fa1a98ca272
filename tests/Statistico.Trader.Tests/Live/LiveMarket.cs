namespace Statistico.Trader.Tests.Live;

/// <summary>A MATCH_ODDS market of the Simulator and its first runner, with the best prices offered on it now.</summary>
/// <param name="MarketId">The exchange market id.</param>
/// <param name="SelectionId">The first runner (home).</param>
/// <param name="KickOff">The market's start time (simulated clock).</param>
/// <param name="BestBack">The best price a backer gets now: a back at it matches at once.</param>
/// <param name="BestBackSize">The size offered at it.</param>
internal sealed record LiveMarket(string MarketId, long SelectionId, DateTimeOffset KickOff, decimal BestBack, decimal BestBackSize);
