using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Statistico.Messaging.Scheduling;

#nullable disable

namespace Statistico.Trader.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Quartz's tables (unmatched timeouts run on the clustered scheduler); the scheduler validates them at start.
            migrationBuilder.CreateQuartzSchema();

            migrationBuilder.CreateTable(
                name: "compiled_prices",
                columns: table => new
                {
                    FixtureId = table.Column<Guid>(type: "uuid", nullable: false),
                    Model = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MarketType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Selection = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Probability = table.Column<double>(type: "double precision", nullable: false),
                    ModelVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CompiledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_compiled_prices", x => new { x.FixtureId, x.Model, x.MarketType, x.Selection });
                });

            migrationBuilder.CreateTable(
                name: "fixtures",
                columns: table => new
                {
                    FixtureId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompetitionId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    KickOff = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fixtures", x => x.FixtureId);
                });

            migrationBuilder.CreateTable(
                name: "inbox_state",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConsumerId = table.Column<Guid>(type: "uuid", nullable: false),
                    LockId = table.Column<Guid>(type: "uuid", nullable: false),
                    Received = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceiveCount = table.Column<int>(type: "integer", nullable: false),
                    ExpirationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Consumed = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Delivered = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastSequenceNumber = table.Column<long>(type: "bigint", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_state", x => x.Id);
                    table.UniqueConstraint("AK_inbox_state_MessageId_ConsumerId", x => new { x.MessageId, x.ConsumerId });
                });

            migrationBuilder.CreateTable(
                name: "kill_switch",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Engaged = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kill_switch", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "observed_prices",
                columns: table => new
                {
                    Source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FixtureId = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Selection = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExchangeMarketId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RunnerId = table.Column<long>(type: "bigint", nullable: true),
                    BackPrice = table.Column<decimal>(type: "numeric", nullable: true),
                    BackSize = table.Column<decimal>(type: "numeric", nullable: false),
                    LayPrice = table.Column<decimal>(type: "numeric", nullable: true),
                    LaySize = table.Column<decimal>(type: "numeric", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    InPlay = table.Column<bool>(type: "boolean", nullable: false),
                    ObservedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_observed_prices", x => new { x.Source, x.FixtureId, x.MarketType, x.Selection });
                });

            migrationBuilder.CreateTable(
                name: "outbox_message",
                columns: table => new
                {
                    SequenceNumber = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnqueueTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SentTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Headers = table.Column<string>(type: "text", nullable: true),
                    Properties = table.Column<string>(type: "text", nullable: true),
                    InboxMessageId = table.Column<Guid>(type: "uuid", nullable: true),
                    InboxConsumerId = table.Column<Guid>(type: "uuid", nullable: true),
                    OutboxId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContentType = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    MessageType = table.Column<string>(type: "text", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CorrelationId = table.Column<Guid>(type: "uuid", nullable: true),
                    InitiatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceAddress = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DestinationAddress = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ResponseAddress = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    FaultAddress = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ExpirationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeliveryAttempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    NextAttempt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Parked = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_message", x => x.SequenceNumber);
                });

            migrationBuilder.CreateTable(
                name: "paper_orders",
                columns: table => new
                {
                    TradeId = table.Column<Guid>(type: "uuid", nullable: false),
                    BetId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FixtureId = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Selection = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Side = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Price = table.Column<decimal>(type: "numeric", nullable: false),
                    Size = table.Column<decimal>(type: "numeric", nullable: false),
                    SizeMatched = table.Column<decimal>(type: "numeric", nullable: false),
                    MatchedValue = table.Column<decimal>(type: "numeric", nullable: false),
                    PlacedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_paper_orders", x => x.TradeId);
                });

            migrationBuilder.CreateTable(
                name: "positions",
                columns: table => new
                {
                    TradeId = table.Column<Guid>(type: "uuid", nullable: false),
                    StrategyId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FixtureId = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Selection = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Liability = table.Column<decimal>(type: "numeric", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FinalState = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    NetProfit = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_positions", x => x.TradeId);
                });

            migrationBuilder.CreateTable(
                name: "strategies",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Definition = table.Column<string>(type: "jsonb", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strategies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "strategy_versions",
                columns: table => new
                {
                    StrategyId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Definition = table.Column<string>(type: "jsonb", nullable: false),
                    Change = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strategy_versions", x => new { x.StrategyId, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "trades",
                columns: table => new
                {
                    CorrelationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CurrentState = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StrategyId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StrategyVersion = table.Column<int>(type: "integer", nullable: false),
                    Mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    FixtureId = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Selection = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Side = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Price = table.Column<decimal>(type: "numeric", nullable: false),
                    Stake = table.Column<decimal>(type: "numeric", nullable: false),
                    ModelProbability = table.Column<double>(type: "double precision", nullable: false),
                    Source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExchangeMarketId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RunnerId = table.Column<long>(type: "bigint", nullable: true),
                    CustomerOrderRef = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    BetId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SizeMatched = table.Column<decimal>(type: "numeric", nullable: false),
                    AveragePriceMatched = table.Column<decimal>(type: "numeric", nullable: true),
                    CancelRequested = table.Column<bool>(type: "boolean", nullable: false),
                    UnmatchedTimeoutTokenId = table.Column<Guid>(type: "uuid", nullable: true),
                    SignalledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    GrossProfit = table.Column<decimal>(type: "numeric", nullable: true),
                    Commission = table.Column<decimal>(type: "numeric", nullable: true),
                    NetProfit = table.Column<decimal>(type: "numeric", nullable: true),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CommissionRate = table.Column<double>(type: "double precision", nullable: false),
                    Timeline = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trades", x => x.CorrelationId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inbox_state_Delivered",
                table: "inbox_state",
                column: "Delivered");

            migrationBuilder.CreateIndex(
                name: "IX_observed_prices_ExchangeMarketId",
                table: "observed_prices",
                column: "ExchangeMarketId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_message_EnqueueTime",
                table: "outbox_message",
                column: "EnqueueTime");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_message_ExpirationTime",
                table: "outbox_message",
                column: "ExpirationTime");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_message_InboxMessageId_InboxConsumerId_SequenceNumber",
                table: "outbox_message",
                columns: new[] { "InboxMessageId", "InboxConsumerId", "SequenceNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_message_OutboxId_SequenceNumber",
                table: "outbox_message",
                columns: new[] { "OutboxId", "SequenceNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_message_Parked",
                table: "outbox_message",
                column: "Parked");

            migrationBuilder.CreateIndex(
                name: "IX_paper_orders_Source_FixtureId_MarketType_Selection",
                table: "paper_orders",
                columns: new[] { "Source", "FixtureId", "MarketType", "Selection" });

            migrationBuilder.CreateIndex(
                name: "IX_positions_OpenedAt",
                table: "positions",
                column: "OpenedAt");

            migrationBuilder.CreateIndex(
                name: "IX_positions_StrategyId_ClosedAt",
                table: "positions",
                columns: new[] { "StrategyId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_positions_StrategyId_FixtureId_MarketType_Selection",
                table: "positions",
                columns: new[] { "StrategyId", "FixtureId", "MarketType", "Selection" },
                unique: true,
                filter: "\"ClosedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_trades_CustomerOrderRef",
                table: "trades",
                column: "CustomerOrderRef",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trades_FixtureId",
                table: "trades",
                column: "FixtureId");

            migrationBuilder.CreateIndex(
                name: "IX_trades_StrategyId_SignalledAt",
                table: "trades",
                columns: new[] { "StrategyId", "SignalledAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropQuartzSchema();

            migrationBuilder.DropTable(
                name: "compiled_prices");

            migrationBuilder.DropTable(
                name: "fixtures");

            migrationBuilder.DropTable(
                name: "inbox_state");

            migrationBuilder.DropTable(
                name: "kill_switch");

            migrationBuilder.DropTable(
                name: "observed_prices");

            migrationBuilder.DropTable(
                name: "outbox_message");

            migrationBuilder.DropTable(
                name: "paper_orders");

            migrationBuilder.DropTable(
                name: "positions");

            migrationBuilder.DropTable(
                name: "strategies");

            migrationBuilder.DropTable(
                name: "strategy_versions");

            migrationBuilder.DropTable(
                name: "trades");
        }
    }
}
