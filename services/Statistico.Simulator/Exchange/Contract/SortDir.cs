namespace Statistico.Simulator.Exchange.Contract;

/// <summary>Betfair's SortDir of listCurrentOrders.</summary>
public enum SortDir { EarliestToLatest, LatestToEarliest }
