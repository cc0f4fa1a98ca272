using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Statistico.OddsCompiler.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddTeamRatings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "team_ratings",
                columns: table => new
                {
                    CompetitionId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Attack = table.Column<double>(type: "double precision", nullable: false),
                    Defence = table.Column<double>(type: "double precision", nullable: false),
                    Elo = table.Column<double>(type: "double precision", nullable: true),
                    PiHome = table.Column<double>(type: "double precision", nullable: true),
                    PiAway = table.Column<double>(type: "double precision", nullable: true),
                    LastFixtureId = table.Column<Guid>(type: "uuid", nullable: false),
                    LastKickOff = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_team_ratings", x => new { x.CompetitionId, x.Team });
                });

            migrationBuilder.CreateIndex(
                name: "IX_team_ratings_Team_LastKickOff",
                table: "team_ratings",
                columns: new[] { "Team", "LastKickOff" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "team_ratings");
        }
    }
}
