using Statistico.Modelling.Goals;

namespace Statistico.Modelling.MarketInformed;

/// <summary>One match as the market-informed model sees it.</summary>
/// <param name="Match">The match; its result is used only once the match is history for a later decision.</param>
/// <param name="Model">The stats model's score distribution, predicted before the match (out of sample).</param>
/// <param name="Quotes">The margin-free market prices known before the decision.</param>
public sealed record MarketInformedMatch(MatchRecord Match, ScoreMatrix Model, MarketQuotes Quotes);
