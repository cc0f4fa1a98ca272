using Microsoft.EntityFrameworkCore.Migrations;

namespace Statistico.Messaging.Scheduling;

/// <summary>
/// The recurring jobs' firing claims beside Quartz's tables (ADR 0049), the same in every service that hosts the
/// scheduler: each declares it for its own DbContext, after its Quartz schema migration, and the EF model is untouched.
/// <code>
/// [DbContext(typeof(TraderDbContext))]
/// [Migration("20261208000000_RecurringJobFirings")]
/// public sealed class RecurringJobFirings : RecurringJobFiringsMigration;
/// </code>
/// </summary>
public abstract class RecurringJobFiringsMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateRecurringJobFirings();

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropRecurringJobFirings();
}
