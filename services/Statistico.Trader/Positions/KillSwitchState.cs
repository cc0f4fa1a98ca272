using Microsoft.EntityFrameworkCore;
using Statistico.Trader.Data;

namespace Statistico.Trader.Positions;

/// <summary>Reads the stored kill switch: every decision and every order checks it in its own transaction.</summary>
internal static class KillSwitchState
{
    // Compiled once (ADR 0619): every signal and every order reads it.
    private static readonly Func<TraderDbContext, CancellationToken, Task<bool>> Engaged =
        EF.CompileAsyncQuery((TraderDbContext db, CancellationToken cancellationToken) =>
            db.KillSwitches.AsNoTracking().Any(k => k.Id == KillSwitch.SingletonId && k.Engaged));

    public static Task<bool> IsEngagedAsync(TraderDbContext db, CancellationToken cancellationToken) => Engaged(db, cancellationToken);
}
