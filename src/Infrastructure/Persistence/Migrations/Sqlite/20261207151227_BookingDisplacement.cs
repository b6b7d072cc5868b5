using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BookingDisplacement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DisplacedAt",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DisplacedAt",
                table: "Bookings");
        }
    }
}
