using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Statistico.OddsCompiler.Data.Migrations
{
    /// <inheritdoc />
    public partial class MarketInformedBooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "market_informed_books",
                columns: table => new
                {
                    FixtureId = table.Column<Guid>(type: "uuid", nullable: false),
                    ModelVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CompiledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpectedHomeGoals = table.Column<double>(type: "double precision", nullable: false),
                    ExpectedAwayGoals = table.Column<double>(type: "double precision", nullable: false),
                    Markets = table.Column<string>(type: "jsonb", nullable: false),
                    StatsScores = table.Column<string>(type: "jsonb", nullable: true),
                    StatsAsOf = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_informed_books", x => x.FixtureId);
                });

            migrationBuilder.CreateTable(
                name: "market_prices",
                columns: table => new
                {
                    FixtureId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MarketType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ObservedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    First = table.Column<double>(type: "double precision", nullable: false),
                    Second = table.Column<double>(type: "double precision", nullable: false),
                    Third = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_prices", x => new { x.FixtureId, x.Source, x.MarketType });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "market_informed_books");

            migrationBuilder.DropTable(
                name: "market_prices");
        }
    }
}
