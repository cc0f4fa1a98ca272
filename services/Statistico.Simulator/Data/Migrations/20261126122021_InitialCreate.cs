using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Statistico.Simulator.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts",
                columns: table => new
                {
                    Username = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Balance = table.Column<decimal>(type: "numeric", nullable: false),
                    CommissionPaid = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts", x => x.Username);
                });

            migrationBuilder.CreateTable(
                name: "customer_refs",
                columns: table => new
                {
                    CustomerRef = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customer_refs", x => x.CustomerRef);
                });

            migrationBuilder.CreateTable(
                name: "liquidity_taken",
                columns: table => new
                {
                    MarketId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SelectionId = table.Column<long>(type: "bigint", nullable: false),
                    LadderSide = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Price = table.Column<decimal>(type: "numeric", nullable: false),
                    Period = table.Column<long>(type: "bigint", nullable: false),
                    Size = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_liquidity_taken", x => new { x.MarketId, x.SelectionId, x.LadderSide, x.Price, x.Period });
                });

            migrationBuilder.CreateTable(
                name: "market_settlements",
                columns: table => new
                {
                    MarketId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FixtureId = table.Column<int>(type: "integer", nullable: false),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GrossProfit = table.Column<decimal>(type: "numeric", nullable: false),
                    Commission = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_settlements", x => x.MarketId);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                columns: table => new
                {
                    BetId = table.Column<long>(type: "bigint", nullable: false),
                    MarketId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FixtureId = table.Column<int>(type: "integer", nullable: false),
                    SelectionId = table.Column<long>(type: "bigint", nullable: false),
                    Side = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Price = table.Column<decimal>(type: "numeric", nullable: false),
                    Size = table.Column<decimal>(type: "numeric", nullable: false),
                    PersistenceType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    SizeMatched = table.Column<decimal>(type: "numeric", nullable: false),
                    AveragePriceMatched = table.Column<decimal>(type: "numeric", nullable: true),
                    SizeCancelled = table.Column<decimal>(type: "numeric", nullable: false),
                    SizeLapsed = table.Column<decimal>(type: "numeric", nullable: false),
                    SizeVoided = table.Column<decimal>(type: "numeric", nullable: false),
                    QueueAhead = table.Column<decimal>(type: "numeric", nullable: false),
                    FlowedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PlacedDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MatchedDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LapsedDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CustomerOrderRef = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    CustomerStrategyRef = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: true),
                    SettledDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Profit = table.Column<decimal>(type: "numeric", nullable: true),
                    BetOutcome = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders", x => x.BetId);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                columns: table => new
                {
                    Token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Username = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sessions", x => x.Token);
                });

            migrationBuilder.CreateTable(
                name: "world_state",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    SimulatedTime = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Speed = table.Column<double>(type: "double precision", nullable: false),
                    Paused = table.Column<bool>(type: "boolean", nullable: false),
                    NextBetId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_world_state", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_orders_CustomerOrderRef",
                table: "orders",
                column: "CustomerOrderRef");

            migrationBuilder.CreateIndex(
                name: "IX_orders_MarketId",
                table: "orders",
                column: "MarketId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_Status",
                table: "orders",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts");

            migrationBuilder.DropTable(
                name: "customer_refs");

            migrationBuilder.DropTable(
                name: "liquidity_taken");

            migrationBuilder.DropTable(
                name: "market_settlements");

            migrationBuilder.DropTable(
                name: "orders");

            migrationBuilder.DropTable(
                name: "sessions");

            migrationBuilder.DropTable(
                name: "world_state");
        }
    }
}
