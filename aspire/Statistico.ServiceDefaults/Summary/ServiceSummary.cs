namespace Statistico.ServiceDefaults.Summary;

/// <summary>
/// The answer of every service's <c>GET /api/summary</c>: its counts and latest times from its own database, in one
/// shape so <c>statistico status</c> can show any service without knowing its tables (ADR 0700).
/// </summary>
/// <param name="Service">The service's name (e.g. <c>football-data</c>).</param>
/// <param name="Lines">The stages, in the order a reader follows them.</param>
public sealed record ServiceSummary(string Service, IReadOnlyList<SummaryLine> Lines);
