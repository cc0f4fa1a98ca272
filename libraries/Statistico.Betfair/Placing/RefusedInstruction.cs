namespace Statistico.Betfair;

/// <summary>An instruction the exchange refused, with its instruction error code when it gave one.</summary>
public sealed record RefusedInstruction(string CustomerOrderRef, string? ErrorCode);
