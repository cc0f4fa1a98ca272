namespace Statistico.Simulator.Exchange.Contract;

/// <summary>How many of <see cref="CurrencyCode"/> one pound buys.</summary>
public sealed record CurrencyRate(string CurrencyCode, decimal Rate);
