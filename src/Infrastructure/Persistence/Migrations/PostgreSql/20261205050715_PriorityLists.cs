using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.PostgreSql
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
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityLists", x => x.Kind);
                });

            migrationBuilder.CreateTable(
                name: "PriorityListVersions",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityListVersions", x => new { x.Kind, x.Number });
                });

            migrationBuilder.CreateTable(
                name: "PriorityListEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Plate = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Vin = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: true),
                    OperatorBin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    OperatorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false)
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
