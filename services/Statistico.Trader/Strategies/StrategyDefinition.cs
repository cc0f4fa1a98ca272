using Statistico.Contracts.Trading;

namespace Statistico.Trader.Strategies;

/// <summary>What a strategy trades and how: everything a version records (issue 16, design section 4).</summary>
/// <param name="Name">Short name shown in lists.</param>
/// <param name="Description">What the strategy is for.</param>
/// <param name="Competitions">Competition codes it trades, e.g. <c>E0</c>.</param>
/// <param name="MarketType">Betfair market type code, e.g. <c>MATCH_ODDS</c>.</param>
/// <param name="Selection">The selection it trades, e.g. <c>HOME</c>.</param>
/// <param name="Side">BACK or LAY.</param>
/// <param name="MinPrice">Lowest price it takes (on the tick ladder).</param>
/// <param name="MaxPrice">Highest price it takes (on the tick ladder).</param>
/// <param name="MinEdge">Least expected return per unit staked, after commission (0.03 = 3%).</param>
/// <param name="Model">The compiled model whose probabilities it trusts (an <c>OddsCompiled</c> model name).</param>
/// <param name="PriceSources">The observed-price sources it trades on, e.g. <c>betfair</c>.</param>
/// <param name="Window">When before kick-off it trades.</param>
/// <param name="Staking">How it sizes stakes.</param>
/// <param name="StartingBankroll">The money it starts with; settled profit and loss move it.</param>
/// <param name="Mode">PAPER or LIVE.</param>
/// <param name="Limits">Its risk limits.</param>
/// <param name="Commission">The exchange's commission on net winnings, used for the edge and paper settlement.</param>
public sealed record StrategyDefinition(
    string Name,
    string Description,
    IReadOnlyList<string> Competitions,
    string MarketType,
    string Selection,
    Side Side,
    decimal MinPrice,
    decimal MaxPrice,
    double MinEdge,
    string Model,
    IReadOnlyList<string> PriceSources,
    TradingWindow Window,
    Staking Staking,
    decimal StartingBankroll,
    StrategyMode Mode,
    RiskLimits Limits,
    double Commission = 0.05);
