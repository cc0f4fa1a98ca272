using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Contracts.FootballData;
using Statistico.Messaging.Outbox;
using Statistico.OddsCompiler.Data;

namespace Statistico.OddsCompiler.Tests;

/// <summary>
/// What the compiler's own database says when a wait for books times out: the fixture rows (kick-off, revision,
/// whether a publish is owed), the stored books, the model versions and the outbox backlog. Enough to tell a change
/// that never committed, a refresh that ran on old rows, a book that was compiled but not delivered, and a refresh
/// that decided nothing moved (issue 22's flake).
/// </summary>
internal static class CompilerState
{
    public static async Task<string> DescribeAsync(CompilerFactory compiler, string competitionId, CancellationToken cancellationToken)
    {
        await using var scope = compiler.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OddsCompilerDbContext>();
        var fixtures = await db.Fixtures.AsNoTracking().Where(f => f.CompetitionId == competitionId && f.Status == FixtureStatus.Scheduled)
            .OrderBy(f => f.KickOff).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        var ids = fixtures.Select(f => f.Id).ToList();
        var books = await db.Books.AsNoTracking().Where(b => ids.Contains(b.FixtureId)).ToDictionaryAsync(b => b.FixtureId, cancellationToken);
        var versions = await db.Snapshots.AsNoTracking().Where(s => s.CompetitionId == competitionId)
            .OrderBy(s => s.Version).Select(s => s.Version).ToListAsync(cancellationToken);
        var outbox = await db.Set<OutboxMessage>().AsNoTracking().CountAsync(cancellationToken);
        var parked = await db.Set<OutboxMessage>().AsNoTracking().CountAsync(m => m.Parked != null, cancellationToken);

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"compiler state of {competitionId}: snapshots [{string.Join(", ", versions)}], outbox {outbox} row(s) ({parked} parked)");
        foreach (var fixture in fixtures)
        {
            var book = books.GetValueOrDefault(fixture.Id);
            text.Append(CultureInfo.InvariantCulture, $"; {fixture.Id} kick-off {fixture.KickOff:O} rev {fixture.Revision} needs-publish {fixture.NeedsPublish}")
                .Append(book is null ? " no book" : FormattableString.Invariant($" book {book.ModelVersion} at {book.CompiledAt:O}"))
                .Append(fixture.NotPricedReason is null ? string.Empty : " not priced: " + fixture.NotPricedReason);
        }

        return text.ToString();
    }
}
