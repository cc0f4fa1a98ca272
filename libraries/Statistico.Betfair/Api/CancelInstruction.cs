namespace Statistico.Betfair.Api;

/// <summary>Cancel a bet, wholly or (with <see cref="SizeReduction"/>) in part.</summary>
public sealed record CancelInstruction(string BetId, decimal? SizeReduction = null);
