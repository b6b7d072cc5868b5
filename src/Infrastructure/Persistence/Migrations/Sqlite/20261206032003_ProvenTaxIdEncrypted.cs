using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProvenTaxIdEncrypted : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Accounts_ProvenTaxId",
                table: "Accounts");

            migrationBuilder.AddColumn<string>(
                name: "ProvenTaxIdLookup",
                table: "Accounts",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_ProvenTaxId",
                table: "Accounts",
                column: "ProvenTaxIdLookup",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Accounts_ProvenTaxId",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "ProvenTaxIdLookup",
                table: "Accounts");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_ProvenTaxId",
                table: "Accounts",
                column: "ProvenTaxId",
                unique: true);
        }
    }
}
