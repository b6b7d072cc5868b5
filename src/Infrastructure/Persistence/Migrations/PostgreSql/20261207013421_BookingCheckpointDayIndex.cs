using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class BookingCheckpointDayIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A checkpoint's bookings of a few days (the live view's rebuild at every start, the
            // day's board): without it the store walks the checkpoint's whole history by status.
            // Declared here, not in the model: EF Core cannot index an owner's column (Checkpoint,
            // Status) together with an owned type's (the interval's date and times).
            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Checkpoint_IntervalDate",
                table: "Bookings",
                columns: new[] { "Checkpoint", "IntervalDate" });

            // The journey's sweeps (no-shows, reminders, calls) look among the open bookings only;
            // indexed over every booking by time, they walked the whole closed history each run.
            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Open_IntervalEndsAt",
                table: "Bookings",
                column: "IntervalEndsAt",
                filter: "\"Status\" IN ('Confirmed', 'Called')");
            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Open_IntervalStartsAt",
                table: "Bookings",
                column: "IntervalStartsAt",
                filter: "\"Status\" IN ('Confirmed', 'InWaitingZone')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Bookings_Open_IntervalStartsAt",
                table: "Bookings");
            migrationBuilder.DropIndex(
                name: "IX_Bookings_Open_IntervalEndsAt",
                table: "Bookings");
            migrationBuilder.DropIndex(
                name: "IX_Bookings_Checkpoint_IntervalDate",
                table: "Bookings");
        }
    }
}
