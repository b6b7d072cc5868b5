using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SimulatedRegistries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SimulatedRegistryRecords",
                columns: table => new
                {
                    Registry = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Holder = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Vin = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: true),
                    Plate = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    LicenceCategories = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Goods = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Released = table.Column<bool>(type: "boolean", nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimulatedRegistryRecords", x => new { x.Registry, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "SimulatedRegistryStates",
                columns: table => new
                {
                    Registry = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    InService = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimulatedRegistryStates", x => x.Registry);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SimulatedRegistryRecords");

            migrationBuilder.DropTable(
                name: "SimulatedRegistryStates");
        }
    }
}
