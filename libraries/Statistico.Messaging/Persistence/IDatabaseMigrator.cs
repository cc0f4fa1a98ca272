namespace Statistico.Messaging.Persistence;

/// <summary>Applies one database's migrations; every database a service owns registers one.</summary>
public interface IDatabaseMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken);
}
