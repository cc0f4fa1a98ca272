namespace Statistico.Contracts.Trading;

/// <summary>Which side of a bet an order takes.</summary>
public enum Side
{
    /// <summary>Bet for the selection to win.</summary>
    Back,

    /// <summary>Bet against the selection (act as the bookmaker).</summary>
    Lay,
}
