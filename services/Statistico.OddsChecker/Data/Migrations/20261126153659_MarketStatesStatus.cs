using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Statistico.OddsChecker.Data.Migrations
{
    /// <inheritdoc />
    public partial class MarketStatesStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EventId",
                table: "market_states",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MarketType",
                table: "market_states",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "market_states",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_market_states_Source_FixtureId",
                table: "market_states",
                columns: new[] { "Source", "FixtureId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_market_states_Source_FixtureId",
                table: "market_states");

            migrationBuilder.DropColumn(
                name: "EventId",
                table: "market_states");

            migrationBuilder.DropColumn(
                name: "MarketType",
                table: "market_states");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "market_states");
        }
    }
}
