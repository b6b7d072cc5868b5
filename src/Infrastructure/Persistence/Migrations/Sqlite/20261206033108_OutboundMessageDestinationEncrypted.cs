using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.Sqlite
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

            migrationBuilder.AddColumn<string>(
                name: "DestinationLookup",
                table: "OutboundMessages",
                type: "TEXT",
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

            migrationBuilder.CreateIndex(
                name: "IX_OutboundMessages_Once",
                table: "OutboundMessages",
                columns: new[] { "Subject", "Kind", "Channel", "Destination" },
                unique: true);
        }
    }
}
