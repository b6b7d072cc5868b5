using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PaymentsAndLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TariffVersion",
                table: "Bookings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "JournalEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Carrier = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Intent = table.Column<Guid>(type: "TEXT", nullable: true),
                    CollectionTiyn = table.Column<long>(type: "INTEGER", nullable: false),
                    RemittanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PaymentIntents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Payer = table.Column<Guid>(type: "TEXT", nullable: false),
                    Booking = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    TariffVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PayBefore = table.Column<long>(type: "INTEGER", nullable: false),
                    GatewayPaymentId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PaymentPage = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastFailure = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PaidAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RefundId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RefundFault = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RefundReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RefundRequestedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentIntents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReceivedGatewayEvents",
                columns: table => new
                {
                    EventId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IntentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivedGatewayEvents", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "Remittances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CoversUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    EntryCount = table.Column<int>(type: "INTEGER", nullable: false),
                    OldestEntryAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Remittances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JournalLines",
                columns: table => new
                {
                    Account = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DebitTiyn = table.Column<long>(type: "INTEGER", nullable: false),
                    CreditTiyn = table.Column<long>(type: "INTEGER", nullable: false),
                    Carrier = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalLines", x => new { x.EntryId, x.Account });
                    table.ForeignKey(
                        name: "FK_JournalLines_JournalEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "JournalEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_PostedAt",
                table: "JournalEntries",
                column: "PostedAt");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_RemittanceId_PostedAt",
                table: "JournalEntries",
                columns: new[] { "RemittanceId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalLines_Carrier_Account",
                table: "JournalLines",
                columns: new[] { "Carrier", "Account" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentIntents_Key",
                table: "PaymentIntents",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentIntents_Payer_CreatedAt",
                table: "PaymentIntents",
                columns: new[] { "Payer", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentIntents_Status_CreatedAt",
                table: "PaymentIntents",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Remittances_Day",
                table: "Remittances",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_Remittances_Number",
                table: "Remittances",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JournalLines");

            migrationBuilder.DropTable(
                name: "PaymentIntents");

            migrationBuilder.DropTable(
                name: "ReceivedGatewayEvents");

            migrationBuilder.DropTable(
                name: "Remittances");

            migrationBuilder.DropTable(
                name: "JournalEntries");

            migrationBuilder.DropColumn(
                name: "TariffVersion",
                table: "Bookings");
        }
    }
}
