namespace Statistico.Cli.Status;

/// <summary>One line of a service's <c>GET /api/summary</c> (the service side is Statistico.ServiceDefaults.Summary).</summary>
public sealed record SummaryLine(string Name, long Count, DateTimeOffset? Latest, decimal? Amount);
