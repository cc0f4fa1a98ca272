namespace Statistico.Simulator.Exchange.Contract;

/// <summary>getAccountStatement's answer.</summary>
public sealed record AccountStatementReport(IReadOnlyList<StatementItem> AccountStatement, bool MoreAvailable);
