using Microsoft.EntityFrameworkCore;
using Statistico.Trader.Data;

namespace Statistico.Trader.Positions;

/// <summary>Reads the stored kill switch: every decision and every order checks it in its own transaction.</summary>
internal static class KillSwitchState
{
    public static async Task<bool> IsEngagedAsync(TraderDbContext db, CancellationToken cancellationToken) =>
        await db.KillSwitches.AsNoTracking().AnyAsync(k => k.Id == KillSwitch.SingletonId && k.Engaged, cancellationToken);
}
