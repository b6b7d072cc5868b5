using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CheckpointJourney : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OnceKey",
                table: "Notifications",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "WithoutWaitingZone",
                table: "Checkpoints",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "AnnulmentReason",
                table: "Bookings",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ArrivedAt",
                table: "Bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CalledAt",
                table: "Bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CrossedAt",
                table: "Bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EnteredAt",
                table: "Bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeftZoneAt",
                table: "Bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusalReason",
                table: "Bookings",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RemindedAt",
                table: "Bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BarrierCommands",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BarrierId = table.Column<Guid>(type: "uuid", nullable: false),
                    Checkpoint = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Point = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Action = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    IssuedByAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Plate = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: true),
                    BookingNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AnprEventId = table.Column<Guid>(type: "uuid", nullable: true),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    QueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeliveryAttempts = table.Column<int>(type: "integer", nullable: false),
                    LastDeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AckOutcome = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    AckDetail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    FailedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FailureReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BarrierCommands", x => x.Id);
                });

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
                name: "OutboundMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<Guid>(type: "uuid", nullable: false),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: true),
                    Checkpoint = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Audience = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Account = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Destination = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Attempts = table.Column<string>(type: "text", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReceiptId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FailedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeaseOwner = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    LeasedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboundMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SandboxMessages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: true),
                    Checkpoint = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Destination = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReceiptId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SandboxMessages", x => x.MessageId);
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
                name: "IX_Notifications_OnceKey",
                table: "Notifications",
                column: "OnceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Number",
                table: "Bookings",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_BarrierCommands_BarrierId_IssuedAt",
                table: "BarrierCommands",
                columns: new[] { "BarrierId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BarrierCommands_BarrierId_State_IssuedAt",
                table: "BarrierCommands",
                columns: new[] { "BarrierId", "State", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BarrierCommands_Checkpoint_IssuedAt",
                table: "BarrierCommands",
                columns: new[] { "Checkpoint", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BarrierCommands_State_LastDeliveredAt",
                table: "BarrierCommands",
                columns: new[] { "State", "LastDeliveredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviceHealth_Checkpoint",
                table: "DeviceHealth",
                column: "Checkpoint");

            migrationBuilder.CreateIndex(
                name: "IX_OutboundMessages_BookingId",
                table: "OutboundMessages",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboundMessages_Once",
                table: "OutboundMessages",
                columns: new[] { "Subject", "Kind", "Channel", "Destination" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboundMessages_State_NextAttemptAt",
                table: "OutboundMessages",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SandboxMessages_BookingId_ReceivedAt",
                table: "SandboxMessages",
                columns: new[] { "BookingId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SandboxMessages_ReceivedAt",
                table: "SandboxMessages",
                column: "ReceivedAt");

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
                name: "BarrierCommands");

            migrationBuilder.DropTable(
                name: "DeviceHealth");

            migrationBuilder.DropTable(
                name: "OutboundMessages");

            migrationBuilder.DropTable(
                name: "SandboxMessages");

            migrationBuilder.DropTable(
                name: "VideoHolds");

            migrationBuilder.DropTable(
                name: "VideoSegments");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_OnceKey",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Bookings_Number",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "OnceKey",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "WithoutWaitingZone",
                table: "Checkpoints");

            migrationBuilder.DropColumn(
                name: "AnnulmentReason",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "ArrivedAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "CalledAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "CrossedAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "EnteredAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "LeftZoneAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "RefusalReason",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "RemindedAt",
                table: "Bookings");
        }
    }
}
