using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class IdentityProofAndAccountNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Checkpoint",
                table: "SandboxMessages",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "Checkpoint",
                table: "OutboundMessages",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AddColumn<string>(
                name: "IdentityCertificate",
                table: "Accounts",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdentityChallenge",
                table: "Accounts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "IdentityChallengeExpiresAt",
                table: "Accounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "IdentityChallengeUsedAt",
                table: "Accounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "IdentityProvenAt",
                table: "Accounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProvenTaxId",
                table: "Accounts",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DispatcherGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Organisation = table.Column<Guid>(type: "uuid", nullable: false),
                    Dispatcher = table.Column<Guid>(type: "uuid", nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DispatcherGrants", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_ProvenTaxId",
                table: "Accounts",
                column: "ProvenTaxId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DispatcherGrants_Dispatcher",
                table: "DispatcherGrants",
                column: "Dispatcher");

            migrationBuilder.CreateIndex(
                name: "IX_DispatcherGrants_Organisation_Dispatcher",
                table: "DispatcherGrants",
                columns: new[] { "Organisation", "Dispatcher" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DispatcherGrants");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_ProvenTaxId",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "IdentityCertificate",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "IdentityChallenge",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "IdentityChallengeExpiresAt",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "IdentityChallengeUsedAt",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "IdentityProvenAt",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "ProvenTaxId",
                table: "Accounts");

            migrationBuilder.AlterColumn<string>(
                name: "Checkpoint",
                table: "SandboxMessages",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Checkpoint",
                table: "OutboundMessages",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldNullable: true);
        }
    }
}
