namespace Statistico.Simulator.Exchange.Contract;

/// <summary>Cancel what remains of a bet and place it again at <see cref="NewPrice"/>.</summary>
public sealed record ReplaceInstruction(string BetId, decimal NewPrice);
