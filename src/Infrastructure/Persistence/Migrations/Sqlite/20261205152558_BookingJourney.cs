using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BookingJourney : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "WithoutWaitingZone",
                table: "Checkpoints",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "AnnulmentReason",
                table: "Bookings",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ArrivedAt",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CalledAt",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CrossedAt",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EnteredAt",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeftZoneAt",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusalReason",
                table: "Bookings",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RemindedAt",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WithoutWaitingZone",
                table: "Checkpoints");

            migrationBuilder.DropColumn(
                name: "AnnulmentReason",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "ArrivedAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "CalledAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "CrossedAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "EnteredAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "LeftZoneAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "RefusalReason",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "RemindedAt",
                table: "Bookings");
        }
    }
}
