using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SignInLockout : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SignInFailureCounts",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(66)", unicode: false, maxLength: 66, nullable: false),
                    Failures = table.Column<int>(type: "integer", nullable: false),
                    LastFailureAt = table.Column<long>(type: "bigint", nullable: false),
                    LockedUntil = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInFailureCounts", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SignInFailureCounts_LastFailureAt",
                table: "SignInFailureCounts",
                column: "LastFailureAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SignInFailureCounts");
        }
    }
}
