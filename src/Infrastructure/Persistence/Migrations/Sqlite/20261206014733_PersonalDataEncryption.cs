using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonalDataEncryption : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OwnerTaxIdLookup",
                table: "Bookings",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PersonalDataErasedAt",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TaxIdLookup",
                table: "Accounts",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_ClosedAt",
                table: "Bookings",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_OwnerTaxIdLookup",
                table: "Bookings",
                column: "OwnerTaxIdLookup");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_TaxIdLookup",
                table: "Accounts",
                column: "TaxIdLookup");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Bookings_ClosedAt",
                table: "Bookings");

            migrationBuilder.DropIndex(
                name: "IX_Bookings_OwnerTaxIdLookup",
                table: "Bookings");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_TaxIdLookup",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "OwnerTaxIdLookup",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "PersonalDataErasedAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "TaxIdLookup",
                table: "Accounts");
        }
    }
}
