using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Statistico.Messaging.Scheduling;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>The migration a service adds to host the scheduler, applied by <c>AddStatisticoDatabase</c> at start-up.</summary>
[DbContext(typeof(SchedulingDbContext))]
[Migration("20261126100000_QuartzSchema")]
public sealed class QuartzSchemaMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateQuartzSchema();

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropQuartzSchema();
}
