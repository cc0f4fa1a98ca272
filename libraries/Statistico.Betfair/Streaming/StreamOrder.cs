namespace Statistico.Betfair.Streaming;

/// <summary>One order on the order stream, always sent whole. Dates are epoch milliseconds.</summary>
public sealed record StreamOrder
{
    /// <summary>Bet id.</summary>
    public required string Id { get; init; }

    public decimal P { get; init; }

    public decimal S { get; init; }

    /// <summary>B or L.</summary>
    public required string Side { get; init; }

    /// <summary>E (executable) or EC (execution complete).</summary>
    public required string Status { get; init; }

    /// <summary>Persistence: L (lapse), P (persist), MOC (market on close).</summary>
    public required string Pt { get; init; }

    /// <summary>Order type: L (limit), LOC, MOC.</summary>
    public string Ot { get; init; } = "L";

    public long Pd { get; init; }

    public long? Md { get; init; }

    public long? Cd { get; init; }

    public long? Ld { get; init; }

    public decimal? Avp { get; init; }

    public decimal Sm { get; init; }

    public decimal Sr { get; init; }

    public decimal Sl { get; init; }

    public decimal Sc { get; init; }

    public decimal Sv { get; init; }

    /// <summary>Regulator authorisation code.</summary>
    public string? Rac { get; init; }

    /// <summary>Regulator code.</summary>
    public string? Rc { get; init; }

    /// <summary>Customer order reference.</summary>
    public string? Rfo { get; init; }

    /// <summary>Customer strategy reference.</summary>
    public string? Rfs { get; init; }
}
