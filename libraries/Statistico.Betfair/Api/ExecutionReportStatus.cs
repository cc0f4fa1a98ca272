namespace Statistico.Betfair.Api;

/// <summary>Outcome of a place/cancel call as a whole.</summary>
public enum ExecutionReportStatus { Success, Failure, ProcessedWithErrors, Timeout }
