using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenDataVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CheckpointVisits",
                columns: table => new
                {
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Checkpoint = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BookedStartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ArrivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EnteredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CrossedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NoShow = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnnulledLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    RefusedEntry = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckpointVisits", x => x.BookingId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CheckpointVisits_Checkpoint_Date",
                table: "CheckpointVisits",
                columns: new[] { "Checkpoint", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CheckpointVisits");
        }
    }
}
