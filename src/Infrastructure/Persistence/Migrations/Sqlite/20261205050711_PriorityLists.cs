using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PriorityLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PriorityLists",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityLists", x => x.Kind);
                });

            migrationBuilder.CreateTable(
                name: "PriorityListVersions",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityListVersions", x => new { x.Kind, x.Number });
                });

            migrationBuilder.CreateTable(
                name: "PriorityListEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Plate = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Vin = table.Column<string>(type: "TEXT", maxLength: 17, nullable: true),
                    OperatorBin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "IX_PriorityListEntries_Kind_Number_Country_Plate",
                table: "PriorityListEntries",
                columns: new[] { "Kind", "Number", "Country", "Plate" });

            migrationBuilder.CreateIndex(
                name: "IX_PriorityListEntries_Kind_Number_Vin",
                table: "PriorityListEntries",
                columns: new[] { "Kind", "Number", "Vin" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PriorityListEntries");

            migrationBuilder.DropTable(
                name: "PriorityLists");

            migrationBuilder.DropTable(
                name: "PriorityListVersions");
        }
    }
}
