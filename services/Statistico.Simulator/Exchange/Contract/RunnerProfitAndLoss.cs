namespace Statistico.Simulator.Exchange.Contract;

/// <summary>What the caller wins or loses if this runner wins.</summary>
public sealed record RunnerProfitAndLoss(long SelectionId, decimal IfWin);
