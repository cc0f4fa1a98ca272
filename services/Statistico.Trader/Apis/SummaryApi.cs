using Microsoft.EntityFrameworkCore;
using Statistico.ServiceDefaults.Summary;
using Statistico.Trader.Data;
using Statistico.Trader.Strategies;

namespace Statistico.Trader.Apis;

/// <summary><c>GET /api/summary</c>: strategies, trades by state and net P&amp;L by mode, for <c>statistico status</c> (ADR 0700).</summary>
internal static class SummaryApi
{
    public static IEndpointRouteBuilder MapSummaryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/summary", GetAsync).WithTags("Summary")
            .WithSummary("Active strategies, trades by state (latest signal) and settled net P&L by mode, each with its count and latest time.");
        return app;
    }

    private static async Task<ServiceSummary> GetAsync(TraderDbContext db, CancellationToken cancellationToken)
    {
        var lines = new List<SummaryLine>
        {
            new("strategies active", await db.Strategies.AsNoTracking().LongCountAsync(s => s.Status == StrategyStatus.Active, cancellationToken), null),
        };

        var states = await db.Trades.AsNoTracking()
            .GroupBy(t => t.CurrentState)
            .Select(g => new { State = g.Key, Count = g.LongCount(), Latest = g.Max(t => t.SignalledAt) })
            .OrderBy(g => g.State)
            .ToListAsync(cancellationToken);
        lines.AddRange(states.Select(s => new SummaryLine($"trades {s.State}", s.Count, s.Latest)));
        if (states.Count == 0)
        {
            lines.Add(new SummaryLine("trades", 0, null));
        }

        // Net P&L after commission of settled trades, apart per mode: paper money is not money.
        var settled = await db.Trades.AsNoTracking()
            .Where(t => t.NetProfit != null)
            .GroupBy(t => t.Mode)
            .Select(g => new { Mode = g.Key, Count = g.LongCount(), NetProfit = g.Sum(t => t.NetProfit ?? 0m), Latest = g.Max(t => t.SettledAt) })
            .ToListAsync(cancellationToken);
        lines.AddRange(settled.OrderBy(s => s.Mode.ToString(), StringComparer.Ordinal)
            .Select(s => new SummaryLine($"net P&L {s.Mode.ToString().ToUpperInvariant()}", s.Count, s.Latest, s.NetProfit)));
        if (settled.Count == 0)
        {
            lines.Add(new SummaryLine("net P&L", 0, null, 0m));
        }

        return new ServiceSummary("trader", lines);
    }
}
