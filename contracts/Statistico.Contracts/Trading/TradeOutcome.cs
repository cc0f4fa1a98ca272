namespace Statistico.Contracts.Trading;

/// <summary>How a settled trade ended.</summary>
public enum TradeOutcome
{
    /// <summary>The bet won.</summary>
    Won,

    /// <summary>The bet lost.</summary>
    Lost,

    /// <summary>Stakes returned (void market, push on a whole Asian line).</summary>
    Void,
}
