namespace Statistico.Betfair.Api;

/// <summary>Which of the caller's orders to include.</summary>
public enum OrderProjection { All, Executable, ExecutionComplete }
