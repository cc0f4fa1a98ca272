namespace Statistico.Simulator.Exchange.Contract;

/// <summary>listCurrencyRates' parameters.</summary>
public sealed record CurrencyRatesRequest(string? FromCurrency = null);
