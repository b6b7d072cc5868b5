using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Seo.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class QuartzLockRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "qrtz_locks",
                columns: new[] { "lock_name", "sched_name" },
                values: new object[,]
                {
                    { "STATE_ACCESS", "Seo" },
                    { "TRIGGER_ACCESS", "Seo" }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "qrtz_locks",
                keyColumns: new[] { "lock_name", "sched_name" },
                keyValues: new object[] { "STATE_ACCESS", "Seo" });

            migrationBuilder.DeleteData(
                table: "qrtz_locks",
                keyColumns: new[] { "lock_name", "sched_name" },
                keyValues: new object[] { "TRIGGER_ACCESS", "Seo" });
        }
    }
}
