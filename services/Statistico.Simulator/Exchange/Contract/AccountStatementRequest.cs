using Statistico.Betfair.Api;

namespace Statistico.Simulator.Exchange.Contract;

/// <summary>getAccountStatement's parameters.</summary>
public sealed record AccountStatementRequest
{
    public string? Locale { get; init; }

    public int? FromRecord { get; init; }

    public int? RecordCount { get; init; }

    public TimeRange? ItemDateRange { get; init; }

    public string? IncludeItem { get; init; }

    public string? Wallet { get; init; }
}
