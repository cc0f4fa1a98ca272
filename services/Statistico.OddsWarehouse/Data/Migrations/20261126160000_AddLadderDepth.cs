using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Statistico.OddsWarehouse.Data.Migrations
{
    /// <summary>
    /// The second and third ladder levels (ADR 0304): a nullable <c>numeric[]</c> on both tables, added to the end of
    /// the view. Adding a nullable column without a default rewrites nothing, on the partitions either.
    /// </summary>
    [DbContext(typeof(OddsWarehouseDbContext))]
    [Migration("20261126160000_AddLadderDepth")]
    public partial class AddLadderDepth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE price_ticks ADD COLUMN depth numeric[] NULL;
                ALTER TABLE price_samples ADD COLUMN depth numeric[] NULL;
                CREATE OR REPLACE VIEW price_observations AS
                    SELECT series_id, observed_at, in_play, back_price, back_size, lay_price, lay_size, last_traded_price, fair_price, depth
                    FROM price_ticks
                    UNION ALL
                    SELECT series_id, observed_at, in_play, back_price, back_size, lay_price, lay_size, last_traded_price, fair_price, depth
                    FROM price_samples;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP VIEW price_observations;
                CREATE VIEW price_observations AS
                    SELECT series_id, observed_at, in_play, back_price, back_size, lay_price, lay_size, last_traded_price, fair_price
                    FROM price_ticks
                    UNION ALL
                    SELECT series_id, observed_at, in_play, back_price, back_size, lay_price, lay_size, last_traded_price, fair_price
                    FROM price_samples;
                ALTER TABLE price_samples DROP COLUMN depth;
                ALTER TABLE price_ticks DROP COLUMN depth;
                """);
        }
    }
}
