using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Statistico.FootballData.Data.Migrations
{
    /// <inheritdoc />
    public partial class RelayDeliversEveryOutboxRow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outbox_state");

            migrationBuilder.AddColumn<int>(
                name: "DeliveryAttempts",
                table: "outbox_message",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "LastError",
                table: "outbox_message",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextAttempt",
                table: "outbox_message",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "Parked",
                table: "outbox_message",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_message_Parked",
                table: "outbox_message",
                column: "Parked");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_message_Parked",
                table: "outbox_message");

            migrationBuilder.DropColumn(
                name: "DeliveryAttempts",
                table: "outbox_message");

            migrationBuilder.DropColumn(
                name: "LastError",
                table: "outbox_message");

            migrationBuilder.DropColumn(
                name: "NextAttempt",
                table: "outbox_message");

            migrationBuilder.DropColumn(
                name: "Parked",
                table: "outbox_message");

            migrationBuilder.CreateTable(
                name: "outbox_state",
                columns: table => new
                {
                    OutboxId = table.Column<Guid>(type: "uuid", nullable: false),
                    Created = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Delivered = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastSequenceNumber = table.Column<long>(type: "bigint", nullable: true),
                    LockId = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_state", x => x.OutboxId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_state_Created",
                table: "outbox_state",
                column: "Created");
        }
    }
}
