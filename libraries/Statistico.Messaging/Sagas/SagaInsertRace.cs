using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Statistico.Messaging.Sagas;

/// <summary>Tells a lost insert race (someone else inserted the same saga id first) from every other insert failure.</summary>
internal static class SagaInsertRace
{
    /// <summary>True only for Postgres' unique violation (23505) on the saga table's primary key.</summary>
    public static bool IsDuplicateKey<TSaga>(DbContext db, DbUpdateException exception)
        where TSaga : class
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres
            && string.Equals(postgres.ConstraintName, PrimaryKeyName<TSaga>(db), StringComparison.Ordinal);
    }

    private static string? PrimaryKeyName<TSaga>(DbContext db)
        where TSaga : class =>
        db.Model.FindEntityType(typeof(TSaga))?.FindPrimaryKey()?.GetName();
}
