using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FairRelease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DayDraws",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Checkpoint = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    OpensAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClosesAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Seed = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Commitment = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CommittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DayDraws", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DrawEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Checkpoint = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Vin = table.Column<string>(type: "nvarchar(17)", maxLength: 17, nullable: false),
                    PlateKey = table.Column<string>(type: "nvarchar(15)", maxLength: 15, nullable: false),
                    Start = table.Column<TimeOnly>(type: "time", nullable: true),
                    Request = table.Column<string>(type: "nvarchar(max)", maxLength: 16000, nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DrawAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: true),
                    Applicant = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ReservedBookingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BookingId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    WonStart = table.Column<TimeOnly>(type: "time", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrawEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DayDraws_Checkpoint_Date",
                table: "DayDraws",
                columns: new[] { "Checkpoint", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DayDraws_ClosesAt",
                table: "DayDraws",
                column: "ClosesAt");

            migrationBuilder.CreateIndex(
                name: "IX_DrawEntries_AccountId_Outcome",
                table: "DrawEntries",
                columns: new[] { "AccountId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_DrawEntries_Checkpoint_Date_PlateKey",
                table: "DrawEntries",
                columns: new[] { "Checkpoint", "Date", "PlateKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DrawEntries_Checkpoint_Date_Vin",
                table: "DrawEntries",
                columns: new[] { "Checkpoint", "Date", "Vin" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DayDraws");

            migrationBuilder.DropTable(
                name: "DrawEntries");
        }
    }
}
