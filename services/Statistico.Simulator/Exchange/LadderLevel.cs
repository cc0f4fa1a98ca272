namespace Statistico.Simulator.Exchange;

/// <summary>A price and the size offered at it.</summary>
public sealed record LadderLevel(decimal Price, decimal Size);
