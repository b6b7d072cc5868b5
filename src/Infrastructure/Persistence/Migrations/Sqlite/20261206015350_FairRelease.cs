using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Checkpoint = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpensAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosesAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Seed = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CommittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DayDraws", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DrawEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Checkpoint = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Vin = table.Column<string>(type: "TEXT", maxLength: 17, nullable: false),
                    PlateKey = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Request = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    EnteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DrawAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: true),
                    Applicant = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReservedBookingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WonStart = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
