namespace Statistico.Betfair.Api;

/// <summary>FILL_OR_KILL: match what can be matched now and kill the rest.</summary>
public enum TimeInForce { FillOrKill }
