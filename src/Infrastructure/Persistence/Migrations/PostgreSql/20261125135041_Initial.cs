using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OwnerKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Residency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OwnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TaxId = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AgreementVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AgreementSignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConsentChannel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Debt = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SequenceNumber = table.Column<int>(type: "integer", nullable: false),
                    OwnerAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OwnerResidency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OwnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OwnerTaxId = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Checkpoint = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IntervalDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IntervalStart = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    IntervalMinutes = table.Column<int>(type: "integer", nullable: false),
                    IntervalStartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IntervalEndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    VehicleKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    VehicleCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    VehiclePlate = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TrailerPlate = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    VehicleVin = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: false),
                    Drivers = table.Column<string>(type: "text", nullable: false),
                    Priority = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    HoldExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Fee = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Paid = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    PaymentReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReschedulesUsed = table.Column<int>(type: "integer", nullable: false),
                    PendingReschedule = table.Column<string>(type: "text", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ActivePlate = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: true),
                    ActiveVin = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bookings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CapacityDays",
                columns: table => new
                {
                    Checkpoint = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    Throughput = table.Column<int>(type: "integer", nullable: false),
                    PriorityLimit = table.Column<int>(type: "integer", nullable: false),
                    PriorityBooked = table.Column<int>(type: "integer", nullable: false),
                    LastSequenceNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapacityDays", x => new { x.Checkpoint, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "CapacitySlots",
                columns: table => new
                {
                    Checkpoint = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    StartMinute = table.Column<int>(type: "integer", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    Booked = table.Column<int>(type: "integer", nullable: false),
                    PriorityBooked = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapacitySlots", x => new { x.Checkpoint, x.Day, x.StartMinute });
                });

            migrationBuilder.CreateTable(
                name: "Checkpoints",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NameRu = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameLatin = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NeighbourCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    RegionRu = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegionEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OpensAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    HoursOpen = table.Column<int>(type: "integer", nullable: false),
                    IntervalMinutes = table.Column<int>(type: "integer", nullable: false),
                    VehiclesPerInterval = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Checkpoints", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    Scope = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Body = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => new { x.Scope, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AggregateType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AggregateId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Email",
                table: "Accounts",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_ActivePlate",
                table: "Bookings",
                column: "ActivePlate",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_ActiveVin",
                table: "Bookings",
                column: "ActiveVin",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Checkpoint_Status",
                table: "Bookings",
                columns: new[] { "Checkpoint", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_HoldExpiresAt",
                table: "Bookings",
                column: "HoldExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_IntervalEndsAt",
                table: "Bookings",
                column: "IntervalEndsAt");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_OwnerAccountId",
                table: "Bookings",
                column: "OwnerAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_VehiclePlate",
                table: "Bookings",
                column: "VehiclePlate");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_VehicleVin",
                table: "Bookings",
                column: "VehicleVin");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_CreatedAt",
                table: "IdempotencyRecords",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_EventId",
                table: "OutboxMessages",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt_Sequence",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAt", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Accounts");

            migrationBuilder.DropTable(
                name: "Bookings");

            migrationBuilder.DropTable(
                name: "CapacityDays");

            migrationBuilder.DropTable(
                name: "CapacitySlots");

            migrationBuilder.DropTable(
                name: "Checkpoints");

            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropTable(
                name: "OutboxMessages");
        }
    }
}
