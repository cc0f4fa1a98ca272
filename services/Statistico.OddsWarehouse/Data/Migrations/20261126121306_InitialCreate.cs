using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Statistico.OddsWarehouse.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fixture_kick_offs",
                columns: table => new
                {
                    fixture_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kick_off = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fixture_kick_offs", x => x.fixture_id);
                });

            migrationBuilder.CreateTable(
                name: "price_series",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    fixture_id = table.Column<Guid>(type: "uuid", nullable: false),
                    market_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    handicap = table.Column<decimal>(type: "numeric", nullable: false),
                    selection = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_price_series", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "received_batches",
                columns: table => new
                {
                    batch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_received_batches", x => x.batch_id);
                });

            migrationBuilder.CreateIndex(
                name: "ux_price_series_key",
                table: "price_series",
                columns: new[] { "fixture_id", "market_type", "handicap", "selection", "source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_received_batches_received_at",
                table: "received_batches",
                column: "received_at");

            // The time series (ADR 0300): narrow rows keyed by the small series id, partitioned by month of
            // observed_at so retention drops whole months; MonthlyPartitions creates the months as prices arrive.
            migrationBuilder.Sql("""
                CREATE TABLE price_ticks (
                    series_id integer NOT NULL,
                    observed_at timestamptz NOT NULL,
                    in_play boolean NOT NULL,
                    back_price numeric NULL,
                    back_size numeric NULL,
                    lay_price numeric NULL,
                    lay_size numeric NULL,
                    last_traded_price numeric NULL,
                    fair_price numeric NULL
                ) PARTITION BY RANGE (observed_at);
                CREATE INDEX ix_price_ticks_series_time ON price_ticks (series_id, observed_at);

                CREATE TABLE price_samples (
                    series_id integer NOT NULL,
                    observed_at timestamptz NOT NULL,
                    in_play boolean NOT NULL,
                    back_price numeric NULL,
                    back_size numeric NULL,
                    lay_price numeric NULL,
                    lay_size numeric NULL,
                    last_traded_price numeric NULL,
                    fair_price numeric NULL,
                    CONSTRAINT pk_price_samples PRIMARY KEY (series_id, observed_at)
                );

                CREATE VIEW price_observations AS
                    SELECT series_id, observed_at, in_play, back_price, back_size, lay_price, lay_size, last_traded_price, fair_price
                    FROM price_ticks
                    UNION ALL
                    SELECT series_id, observed_at, in_play, back_price, back_size, lay_price, lay_size, last_traded_price, fair_price
                    FROM price_samples;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW price_observations; DROP TABLE price_samples; DROP TABLE price_ticks;");
            migrationBuilder.DropTable(
                name: "fixture_kick_offs");

            migrationBuilder.DropTable(
                name: "price_series");

            migrationBuilder.DropTable(
                name: "received_batches");
        }
    }
}
