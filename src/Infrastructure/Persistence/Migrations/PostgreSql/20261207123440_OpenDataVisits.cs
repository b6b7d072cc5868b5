using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.PostgreSql
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
                    BookingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Checkpoint = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    BookedStartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ArrivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CrossedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NoShow = table.Column<bool>(type: "boolean", nullable: false),
                    AnnulledLate = table.Column<bool>(type: "boolean", nullable: false),
                    RefusedEntry = table.Column<bool>(type: "boolean", nullable: false)
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
