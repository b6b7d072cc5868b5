using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VideoRetentionAndDeviceHealth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DeviceHealth",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Checkpoint = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LastHeartbeatAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastReportedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Power = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    AutonomyMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    SilenceAlertedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BackupPowerAlertedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceHealth", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VideoHolds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Checkpoint = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    From = table.Column<long>(type: "INTEGER", nullable: false),
                    To = table.Column<long>(type: "INTEGER", nullable: false),
                    DeviceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IncidentReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PlacedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReleasedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReleaseReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VideoHolds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VideoSegments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeviceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Checkpoint = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Point = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    From = table.Column<long>(type: "INTEGER", nullable: false),
                    To = table.Column<long>(type: "INTEGER", nullable: false),
                    StorageReference = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeleteAfter = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HoldCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DeletionDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DeletionReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DeletionAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastDeletionError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LastDeletionAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Holds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VideoSegments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeviceHealth_Checkpoint",
                table: "DeviceHealth",
                column: "Checkpoint");

            migrationBuilder.CreateIndex(
                name: "IX_VideoHolds_Checkpoint_PlacedAt",
                table: "VideoHolds",
                columns: new[] { "Checkpoint", "PlacedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VideoSegments_Checkpoint_From",
                table: "VideoSegments",
                columns: new[] { "Checkpoint", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_VideoSegments_DeviceId",
                table: "VideoSegments",
                column: "DeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_VideoSegments_State_DeleteAfter",
                table: "VideoSegments",
                columns: new[] { "State", "DeleteAfter" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeviceHealth");

            migrationBuilder.DropTable(
                name: "VideoHolds");

            migrationBuilder.DropTable(
                name: "VideoSegments");
        }
    }
}
