using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VerificationRecordsAndNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Recipient = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Check = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VerificationRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Checkpoint = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CheckedDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VehicleCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    VehiclePlate = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    VehicleVin = table.Column<string>(type: "TEXT", maxLength: 17, nullable: false),
                    OwnerResidency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DecisionCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcomes = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerificationRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_Recipient_CreatedAt",
                table: "Notifications",
                columns: new[] { "Recipient", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VerificationRecords_BookingId",
                table: "VerificationRecords",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_VerificationRecords_RecordedAt",
                table: "VerificationRecords",
                column: "RecordedAt");

            migrationBuilder.CreateIndex(
                name: "IX_VerificationRecords_RequestedBy_RecordedAt",
                table: "VerificationRecords",
                columns: new[] { "RequestedBy", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VerificationRecords_VehiclePlate_RecordedAt",
                table: "VerificationRecords",
                columns: new[] { "VehiclePlate", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VerificationRecords_VehicleVin_RecordedAt",
                table: "VerificationRecords",
                columns: new[] { "VehicleVin", "RecordedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "VerificationRecords");
        }
    }
}
