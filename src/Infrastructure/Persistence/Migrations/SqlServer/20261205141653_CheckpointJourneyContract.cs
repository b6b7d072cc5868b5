using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "AnprCamera");

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "AnprEvents",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Observed");

            migrationBuilder.CreateTable(
                name: "CallLists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Checkpoint = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CalledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Vehicles = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CheckpointAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Checkpoint = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Message = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    DeviceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Plate = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    BookingId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RaisedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
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
