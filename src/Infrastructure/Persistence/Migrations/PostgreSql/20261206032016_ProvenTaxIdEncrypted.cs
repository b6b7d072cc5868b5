using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.PostgreSql
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

            migrationBuilder.AlterColumn<string>(
                name: "ProvenTaxId",
                table: "Accounts",
                type: "character varying(125)",
                maxLength: 125,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(12)",
                oldMaxLength: 12,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProvenTaxIdLookup",
                table: "Accounts",
                type: "character varying(64)",
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

            migrationBuilder.AlterColumn<string>(
                name: "ProvenTaxId",
                table: "Accounts",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(125)",
                oldMaxLength: 125,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_ProvenTaxId",
                table: "Accounts",
                column: "ProvenTaxId",
                unique: true);
        }
    }
}
