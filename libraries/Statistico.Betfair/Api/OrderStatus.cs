namespace Statistico.Betfair.Api;

/// <summary>An order's state: EXECUTABLE while part of it is unmatched, EXECUTION_COMPLETE when nothing is left.</summary>
public enum OrderStatus { Pending, ExecutionComplete, Executable, Expired }
