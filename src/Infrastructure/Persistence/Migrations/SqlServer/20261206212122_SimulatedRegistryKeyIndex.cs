using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SimulatedRegistryKeyIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_SimulatedRegistryRecords_Key",
                table: "SimulatedRegistryRecords",
                column: "Key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SimulatedRegistryRecords_Key",
                table: "SimulatedRegistryRecords");
        }
    }
}
