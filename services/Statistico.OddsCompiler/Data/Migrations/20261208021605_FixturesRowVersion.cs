using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Statistico.OddsCompiler.Data.Migrations
{
    /// <inheritdoc />
    public partial class FixturesRowVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "fixtures",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "xmin",
                table: "fixtures");
        }
    }
}
