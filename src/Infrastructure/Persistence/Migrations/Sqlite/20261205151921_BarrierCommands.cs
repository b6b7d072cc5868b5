using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BarrierCommands : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BarrierCommands");

            migrationBuilder.DropIndex(
                name: "IX_Bookings_Number",
                table: "Bookings");
        }
    }
}
