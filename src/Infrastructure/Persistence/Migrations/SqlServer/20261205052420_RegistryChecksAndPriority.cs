using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RegistryChecksAndPriority : Migration
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
                name: "PriorityLists",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CurrentVersion = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityLists", x => x.Kind);
                });

            migrationBuilder.CreateTable(
                name: "PriorityListVersions",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityListVersions", x => new { x.Kind, x.Number });
                });

            migrationBuilder.CreateTable(
                name: "SimulatedRegistryRecords",
                columns: table => new
                {
                    Registry = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Holder = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Vin = table.Column<string>(type: "nvarchar(17)", maxLength: 17, nullable: true),
                    Plate = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    LicenceCategories = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Goods = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Released = table.Column<bool>(type: "bit", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimulatedRegistryRecords", x => new { x.Registry, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "SimulatedRegistryStates",
                columns: table => new
                {
                    Registry = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    InService = table.Column<bool>(type: "bit", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimulatedRegistryStates", x => x.Registry);
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

            migrationBuilder.CreateTable(
                name: "PriorityListEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    Plate = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    Vin = table.Column<string>(type: "nvarchar(17)", maxLength: 17, nullable: true),
                    OperatorBin = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    OperatorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(40)", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityListEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PriorityListEntries_PriorityListVersions_Kind_Number",
                        columns: x => new { x.Kind, x.Number },
                        principalTable: "PriorityListVersions",
                        principalColumns: new[] { "Kind", "Number" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_Recipient_CreatedAt",
                table: "Notifications",
                columns: new[] { "Recipient", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PriorityListEntries_Kind_Number_Country_Plate",
                table: "PriorityListEntries",
                columns: new[] { "Kind", "Number", "Country", "Plate" });

            migrationBuilder.CreateIndex(
                name: "IX_PriorityListEntries_Kind_Number_Vin",
                table: "PriorityListEntries",
                columns: new[] { "Kind", "Number", "Vin" });

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
                name: "PriorityListEntries");

            migrationBuilder.DropTable(
                name: "PriorityLists");

            migrationBuilder.DropTable(
                name: "SimulatedRegistryRecords");

            migrationBuilder.DropTable(
                name: "SimulatedRegistryStates");

            migrationBuilder.DropTable(
                name: "VerificationRecords");

            migrationBuilder.DropTable(
                name: "PriorityListVersions");
        }
    }
}
