namespace Statistico.Betfair.Api;

/// <summary>Roll-up level of listClearedOrders; commission is only reported from MARKET upwards.</summary>
public enum GroupBy { EventType, Event, Market, Runner, Side, Bet }
