using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CapacityPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FreeMoveUntil",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CapacityPlanVersions",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Checkpoint = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Week = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Exceptions = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapacityPlanVersions", x => new { x.Checkpoint, x.Number });
                    table.ForeignKey(
                        name: "FK_CapacityPlanVersions_Checkpoints_Checkpoint",
                        column: x => x.Checkpoint,
                        principalTable: "Checkpoints",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CapacityPlanVersions");

            migrationBuilder.DropColumn(
                name: "FreeMoveUntil",
                table: "Bookings");
        }
    }
}
