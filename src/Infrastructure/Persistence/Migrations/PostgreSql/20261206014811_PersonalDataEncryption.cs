using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PersonalDataEncryption : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "OwnerTaxId",
                table: "Bookings",
                type: "character varying(125)",
                maxLength: 125,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(12)",
                oldMaxLength: 12,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "OwnerName",
                table: "Bookings",
                type: "character varying(877)",
                maxLength: 877,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<string>(
                name: "OwnerTaxIdLookup",
                table: "Bookings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PersonalDataErasedAt",
                table: "Bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "TaxId",
                table: "Accounts",
                type: "character varying(125)",
                maxLength: 125,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(12)",
                oldMaxLength: 12,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                table: "Accounts",
                type: "character varying(157)",
                maxLength: 157,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "OwnerName",
                table: "Accounts",
                type: "character varying(877)",
                maxLength: 877,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "DisplayName",
                table: "Accounts",
                type: "character varying(877)",
                maxLength: 877,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<string>(
                name: "TaxIdLookup",
                table: "Accounts",
                type: "character varying(64)",
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

            migrationBuilder.AlterColumn<string>(
                name: "OwnerTaxId",
                table: "Bookings",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(125)",
                oldMaxLength: 125,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "OwnerName",
                table: "Bookings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(877)",
                oldMaxLength: 877);

            migrationBuilder.AlterColumn<string>(
                name: "TaxId",
                table: "Accounts",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(125)",
                oldMaxLength: 125,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                table: "Accounts",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(157)",
                oldMaxLength: 157,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "OwnerName",
                table: "Accounts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(877)",
                oldMaxLength: 877,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "DisplayName",
                table: "Accounts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(877)",
                oldMaxLength: 877);
        }
    }
}
