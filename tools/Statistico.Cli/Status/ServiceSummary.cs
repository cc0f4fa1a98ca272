namespace Statistico.Cli.Status;

/// <summary>A service's <c>GET /api/summary</c> answer.</summary>
public sealed record ServiceSummary(string Service, IReadOnlyList<SummaryLine> Lines);
