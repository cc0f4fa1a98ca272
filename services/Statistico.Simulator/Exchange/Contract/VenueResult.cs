namespace Statistico.Simulator.Exchange.Contract;

/// <summary>listVenues' row.</summary>
public sealed record VenueResult(string Venue, int MarketCount);
