using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Checkpoint = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LastHeartbeatAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Power = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    AutonomyMinutes = table.Column<int>(type: "integer", nullable: true),
                    SilenceAlertedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BackupPowerAlertedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceHealth", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VideoHolds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Checkpoint = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    From = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    To = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeviceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IncidentReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PlacedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReleasedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReleaseReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VideoHolds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VideoSegments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DeviceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Checkpoint = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Point = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    From = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    To = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StorageReference = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeleteAfter = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HoldCount = table.Column<int>(type: "integer", nullable: false),
                    DeletionDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DeletionReason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DeletionAttempts = table.Column<int>(type: "integer", nullable: false),
                    LastDeletionError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LastDeletionAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Holds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
