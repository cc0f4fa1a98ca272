using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Statistico.OddsCompiler.Data.Migrations
{
    /// <inheritdoc />
    public partial class CompilerKeepsItsOwnHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "history_backfills",
                columns: table => new
                {
                    CompetitionId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RanAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    From = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Matches = table.Column<int>(type: "integer", nullable: false),
                    Changed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_history_backfills", x => x.CompetitionId);
                });

            migrationBuilder.CreateTable(
                name: "played_matches",
                columns: table => new
                {
                    FixtureId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompetitionId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    HomeTeam = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AwayTeam = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    KickOff = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    HomeGoals = table.Column<int>(type: "integer", nullable: false),
                    AwayGoals = table.Column<int>(type: "integer", nullable: false),
                    HomeShotsOnTarget = table.Column<int>(type: "integer", nullable: true),
                    AwayShotsOnTarget = table.Column<int>(type: "integer", nullable: true),
                    HomeCorners = table.Column<int>(type: "integer", nullable: true),
                    AwayCorners = table.Column<int>(type: "integer", nullable: true),
                    HomeCards = table.Column<int>(type: "integer", nullable: true),
                    AwayCards = table.Column<int>(type: "integer", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_played_matches", x => x.FixtureId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_played_matches_CompetitionId_KickOff",
                table: "played_matches",
                columns: new[] { "CompetitionId", "KickOff" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "history_backfills");

            migrationBuilder.DropTable(
                name: "played_matches");
        }
    }
}
