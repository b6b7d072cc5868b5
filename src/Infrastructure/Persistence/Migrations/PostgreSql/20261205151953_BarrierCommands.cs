using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.PostgreSql
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
