using Statistico.Modelling.MarketInformed;

namespace Statistico.OddsCompiler.MarketInformed;

/// <summary>One training row of the pool weights and the kick-off that decides for which fixtures it is history.</summary>
public sealed record TrainingMatch(DateTimeOffset KickOff, MarketInformedMatch Match);
