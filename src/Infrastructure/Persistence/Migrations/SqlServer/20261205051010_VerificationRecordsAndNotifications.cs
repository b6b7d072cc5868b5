using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Recipient = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    BookingId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Check = table.Column<int>(type: "int", nullable: true),
                    Text = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VerificationRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    BookingId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Checkpoint = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CheckedDate = table.Column<DateOnly>(type: "date", nullable: false),
                    VehicleCountry = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    VehiclePlate = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    VehicleVin = table.Column<string>(type: "nvarchar(17)", maxLength: 17, nullable: false),
                    OwnerResidency = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    DecisionCode = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Outcomes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
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
