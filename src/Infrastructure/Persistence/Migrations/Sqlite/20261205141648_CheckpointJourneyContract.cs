using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "AnprCamera");

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "AnprEvents",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Observed");

            migrationBuilder.CreateTable(
                name: "CallLists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Checkpoint = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CalledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Vehicles = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CheckpointAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Checkpoint = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DeviceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Plate = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
