using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Statistico.OddsWarehouse.Data.Migrations
{
    /// <summary>
    /// Prices and sizes as <c>double precision</c> instead of <c>numeric</c> (ADR 0305): binary COPY of a numeric costs
    /// the writer a base-10000 conversion per value, a float8 is eight bytes as they are. Every decimal of up to 15
    /// significant digits comes back exactly. The view depends on the columns, so it is dropped and created again; the
    /// type change rewrites the tables (and every partition) once.
    /// </summary>
    [DbContext(typeof(OddsWarehouseDbContext))]
    [Migration("20261126190000_StorePricesAsDoublePrecision")]
    public partial class StorePricesAsDoublePrecision : Migration
    {
        private const string View = """
            CREATE VIEW price_observations AS
                SELECT series_id, observed_at, in_play, back_price, back_size, lay_price, lay_size, last_traded_price, fair_price, depth
                FROM price_ticks
                UNION ALL
                SELECT series_id, observed_at, in_play, back_price, back_size, lay_price, lay_size, last_traded_price, fair_price, depth
                FROM price_samples;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW price_observations;" + AlterTo("double precision") + View);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW price_observations;" + AlterTo("numeric") + View);
        }

        private static string AlterTo(string type)
        {
            var columns = string.Join(", ", new[] { "back_price", "back_size", "lay_price", "lay_size", "last_traded_price", "fair_price" }
                .Select(column => $"ALTER COLUMN {column} TYPE {type} USING {column}::{type}"));
            var depth = $"ALTER COLUMN depth TYPE {type}[] USING depth::{type}[]";
            return $"ALTER TABLE price_ticks {columns}, {depth}; ALTER TABLE price_samples {columns}, {depth};";
        }
    }
}
