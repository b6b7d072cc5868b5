using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnprEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnprEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeviceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Checkpoint = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Point = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PlateAsRead = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Plate = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Confidence = table.Column<double>(type: "REAL", nullable: false),
                    ImageReference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CapturedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BookingNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Vin = table.Column<string>(type: "TEXT", maxLength: 17, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnprEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Devices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Checkpoint = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Point = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    KeyIssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Devices", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnprEvents_BookingId",
                table: "AnprEvents",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_AnprEvents_Checkpoint_CapturedAt",
                table: "AnprEvents",
                columns: new[] { "Checkpoint", "CapturedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AnprEvents_Plate",
                table: "AnprEvents",
                column: "Plate");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_Checkpoint",
                table: "Devices",
                column: "Checkpoint");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnprEvents");

            migrationBuilder.DropTable(
                name: "Devices");
        }
    }
}
