using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "Checkpoint",
                table: "OutboundMessages",
                type: "TEXT",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 40);

            migrationBuilder.AddColumn<string>(
                name: "IdentityCertificate",
                table: "Accounts",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdentityChallenge",
                table: "Accounts",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "IdentityChallengeExpiresAt",
                table: "Accounts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "IdentityChallengeUsedAt",
                table: "Accounts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "IdentityProvenAt",
                table: "Accounts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProvenTaxId",
                table: "Accounts",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DispatcherGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Organisation = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dispatcher = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 40,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Checkpoint",
                table: "OutboundMessages",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 40,
                oldNullable: true);
        }
    }
}
