namespace Statistico.Simulator.Exchange.Contract;

/// <summary>listCountries' row.</summary>
public sealed record CountryCodeResult(string CountryCode, int MarketCount);
