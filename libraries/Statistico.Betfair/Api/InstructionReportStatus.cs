namespace Statistico.Betfair.Api;

/// <summary>Outcome of one instruction of a place/cancel call.</summary>
public enum InstructionReportStatus { Success, Failure, Timeout }
