using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Statistico.Trader.Data.Migrations
{
    /// <inheritdoc />
    public partial class LiveOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "live_orders",
                columns: table => new
                {
                    CustomerOrderRef = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TradeId = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SelectionId = table.Column<long>(type: "bigint", nullable: false),
                    Side = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Price = table.Column<decimal>(type: "numeric", nullable: false),
                    Size = table.Column<decimal>(type: "numeric", nullable: false),
                    CustomerRef = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ErrorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    BetId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SizeMatched = table.Column<decimal>(type: "numeric", nullable: false),
                    AveragePriceMatched = table.Column<decimal>(type: "numeric", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    InDoubtSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConcludedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_live_orders", x => x.CustomerOrderRef);
                });

            migrationBuilder.CreateIndex(
                name: "IX_live_orders_CreatedAt",
                table: "live_orders",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_live_orders_Status",
                table: "live_orders",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_live_orders_TradeId",
                table: "live_orders",
                column: "TradeId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "live_orders");
        }
    }
}
