using Microsoft.EntityFrameworkCore.Migrations;

namespace Statistico.Messaging.Scheduling;

/// <summary>
/// Quartz's tables as EF Core migration steps. A service that hosts the scheduler adds a migration of its own:
/// <code>
/// protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateQuartzSchema();
/// protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropQuartzSchema();
/// </code>
/// and <c>AddStatisticoDatabase</c> applies it at start-up, before the scheduler starts and validates it.
/// </summary>
public static class QuartzSchemaMigrationExtensions
{
    public static MigrationBuilder CreateQuartzSchema(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var statement in QuartzSchema.CreateStatements)
        {
            migrationBuilder.Sql(statement);
        }

        return migrationBuilder;
    }

    /// <summary>
    /// The recurring jobs' firing claims (ADR 0049), in a migration of its own after the Quartz schema's
    /// (<see cref="RecurringJobFiringsMigration"/>).
    /// </summary>
    public static MigrationBuilder CreateRecurringJobFirings(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(RecurringJobFirings.CreateStatement);
        return migrationBuilder;
    }

    public static MigrationBuilder DropRecurringJobFirings(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(RecurringJobFirings.DropStatement);
        return migrationBuilder;
    }

    public static MigrationBuilder DropQuartzSchema(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(QuartzSchema.DropStatement);
        return migrationBuilder;
    }
}
