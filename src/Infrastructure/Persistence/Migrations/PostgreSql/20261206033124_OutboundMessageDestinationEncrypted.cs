using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OutboundMessageDestinationEncrypted : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboundMessages_Once",
                table: "OutboundMessages");

            migrationBuilder.AlterColumn<string>(
                name: "Destination",
                table: "OutboundMessages",
                type: "character varying(877)",
                maxLength: 877,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<string>(
                name: "DestinationLookup",
                table: "OutboundMessages",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboundMessages_DestinationLookup",
                table: "OutboundMessages",
                column: "DestinationLookup");

            migrationBuilder.CreateIndex(
                name: "IX_OutboundMessages_Once",
                table: "OutboundMessages",
                columns: new[] { "Subject", "Kind", "Channel", "DestinationLookup" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboundMessages_DestinationLookup",
                table: "OutboundMessages");

            migrationBuilder.DropIndex(
                name: "IX_OutboundMessages_Once",
                table: "OutboundMessages");

            migrationBuilder.DropColumn(
                name: "DestinationLookup",
                table: "OutboundMessages");

            migrationBuilder.AlterColumn<string>(
                name: "Destination",
                table: "OutboundMessages",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(877)",
                oldMaxLength: 877);

            migrationBuilder.CreateIndex(
                name: "IX_OutboundMessages_Once",
                table: "OutboundMessages",
                columns: new[] { "Subject", "Kind", "Channel", "Destination" },
                unique: true);
        }
    }
}
