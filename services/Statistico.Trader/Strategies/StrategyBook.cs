using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Statistico.Trader.Data;

namespace Statistico.Trader.Strategies;

/// <summary>
/// Creates and changes strategies; every change writes a new immutable version beside the current row, in one
/// transaction, and a concurrent change of the same strategy fails rather than reusing a version number.
/// </summary>
internal sealed partial class StrategyBook(TraderDbContext db, TimeProvider clock, ActiveStrategies active)
{
    /// <summary>Stores a new strategy as version 1; null when the id is taken.</summary>
    public async Task<Strategy?> CreateAsync(string id, StrategyDefinition definition, StrategyStatus status, CancellationToken cancellationToken)
    {
        if (await db.Strategies.AnyAsync(s => s.Id == id, cancellationToken))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var strategy = new Strategy { Id = id, Version = 1, Status = status, Definition = definition, CreatedAt = now, UpdatedAt = now };
        db.Strategies.Add(strategy);
        db.StrategyVersions.Add(Version(strategy, "created"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            active.Invalidate();
            return strategy;
        }
        catch (DbUpdateException)
        {
            // Created by someone else meanwhile: the caller says so; anything else is a real failure.
            db.ChangeTracker.Clear();
            if (await db.Strategies.AnyAsync(s => s.Id == id, cancellationToken))
            {
                return null;
            }

            throw;
        }
    }

    /// <summary>Applies <paramref name="change"/> as the next version; null when there is no such strategy.</summary>
    /// <exception cref="DbUpdateConcurrencyException">Another change of the strategy committed first.</exception>
    public async Task<Strategy?> ChangeAsync(string id, string what, Action<Strategy> change, CancellationToken cancellationToken)
    {
        var strategy = await db.Strategies.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (strategy is null)
        {
            return null;
        }

        change(strategy);
        strategy.Version++;
        strategy.UpdatedAt = clock.GetUtcNow();
        db.StrategyVersions.Add(Version(strategy, what));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            // Committed or not (a conflict means someone else changed it): this process decides on a fresh list next.
            active.Invalidate();
        }

        return strategy;
    }

    /// <summary>Whether <paramref name="id"/> can name a strategy: 1–64 letters, digits and '-'.</summary>
    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    private StrategyVersion Version(Strategy strategy, string change) => new()
    {
        StrategyId = strategy.Id,
        Version = strategy.Version,
        Status = strategy.Status,
        Definition = strategy.Definition,
        Change = change,
        CreatedAt = clock.GetUtcNow(),
    };

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();
}
