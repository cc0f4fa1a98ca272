using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Statistico.Messaging.Scheduling;

namespace Statistico.OddsChecker.Data.Migrations;

/// <summary>The recurring jobs' firing claims beside Quartz's tables (ADR 0049); nothing in the EF model changes.</summary>
[DbContext(typeof(OddsCheckerDbContext))]
[Migration("20261208000000_RecurringJobFirings")]
public sealed class RecurringJobFirings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateRecurringJobFirings();

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropRecurringJobFirings();
}
