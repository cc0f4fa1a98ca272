namespace Statistico.Trader.Markets;

/// <summary>How a selection ended once the fixture's score is known.</summary>
public enum SelectionResult
{
    /// <summary>The selection won: backers are paid.</summary>
    Won,

    /// <summary>The selection lost: layers keep the stake.</summary>
    Lost,

    /// <summary>Stakes are returned (e.g. DRAW_NO_BET on a draw).</summary>
    Void,
}
