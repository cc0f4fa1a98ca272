namespace Statistico.Messaging.Persistence;

/// <summary>How a service treats its database schema, bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>
    /// Apply the migrations at start-up (the default: one process on a laptop, the AppHost, the tests). A cluster
    /// sets it false: its migration Job has applied them before any replica starts, so replicas never race.
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Apply the migrations and exit without starting the service (the cluster's migration Job).</summary>
    public bool MigrateOnly { get; set; }
}
