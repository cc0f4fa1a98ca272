namespace Statistico.Betfair.Api;

/// <summary>A runner's state; WINNER/LOSER once the market is closed.</summary>
public enum RunnerStatus { Active, Winner, Loser, Placed, RemovedVacant, Removed, Hidden }
