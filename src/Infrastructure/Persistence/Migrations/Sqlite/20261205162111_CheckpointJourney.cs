using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "WithoutWaitingZone",
                table: "Checkpoints",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "AnnulmentReason",
                table: "Bookings",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ArrivedAt",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CalledAt",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CrossedAt",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EnteredAt",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeftZoneAt",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusalReason",
                table: "Bookings",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RemindedAt",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BarrierCommands",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BarrierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Checkpoint = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Point = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    IssuedByAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Plate = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BookingNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AnprEventId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    QueuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveryAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastDeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AckOutcome = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    AckDetail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FailedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BarrierCommands", x => x.Id);
                });

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
                name: "OutboundMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Checkpoint = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Account = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Destination = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<string>(type: "TEXT", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReceiptId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FailedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    LeasedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboundMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SandboxMessages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Checkpoint = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Destination = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReceiptId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SandboxMessages", x => x.MessageId);
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
