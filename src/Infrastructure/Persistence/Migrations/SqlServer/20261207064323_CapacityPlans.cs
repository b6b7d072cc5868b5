using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CapacityPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FreeMoveUntil",
                table: "Bookings",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CapacityPlanVersions",
                columns: table => new
                {
                    Number = table.Column<int>(type: "int", nullable: false),
                    Checkpoint = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Week = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Exceptions = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ChangedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false)
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
