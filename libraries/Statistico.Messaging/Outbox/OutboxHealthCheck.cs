using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Statistico.Messaging.Outbox;

/// <summary>Degraded while any outbox message is parked: an operator has to look at it (its row says why).</summary>
public sealed class OutboxHealthCheck<TDbContext>(TDbContext db) : IHealthCheck
    where TDbContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var parked = await db.Set<OutboxMessage>().CountAsync(m => m.Parked != null, cancellationToken);
        return parked == 0
            ? HealthCheckResult.Healthy("No parked outbox messages.")
            : HealthCheckResult.Degraded(
                $"{parked} outbox message(s) parked after repeated delivery failures.",
                data: new Dictionary<string, object> { ["parked"] = parked });
    }
}
