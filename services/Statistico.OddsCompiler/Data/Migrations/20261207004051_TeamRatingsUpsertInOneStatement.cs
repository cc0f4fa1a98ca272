using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Statistico.OddsCompiler.Data.Migrations
{
    /// <summary>
    /// team_ratings no longer uses Postgres' xmin as a row version (its writes are one upsert statement). xmin is a system
    /// column, so there is nothing to drop or add: the migration only moves the model snapshot.
    /// </summary>
    public partial class TeamRatingsUpsertInOneStatement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
