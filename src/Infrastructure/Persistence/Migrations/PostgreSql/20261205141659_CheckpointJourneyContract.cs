using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CheckpointJourneyContract : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Devices",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "AnprCamera");

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "AnprEvents",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Observed");

            migrationBuilder.CreateTable(
                name: "CallLists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Checkpoint = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CalledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Vehicles = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CheckpointAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Checkpoint = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DeviceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Plate = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: true),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckpointAlerts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CallLists_Checkpoint_CalledAt",
                table: "CallLists",
                columns: new[] { "Checkpoint", "CalledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckpointAlerts_Checkpoint_RaisedAt",
                table: "CheckpointAlerts",
                columns: new[] { "Checkpoint", "RaisedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CallLists");

            migrationBuilder.DropTable(
                name: "CheckpointAlerts");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "AnprEvents");
        }
    }
}
