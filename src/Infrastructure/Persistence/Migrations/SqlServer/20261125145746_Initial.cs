using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seo.Infrastructure.Persistence.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OwnerKind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Residency = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    OwnerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    TaxId = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    AgreementVersion = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    AgreementSignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ConsentChannel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Debt = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SequenceNumber = table.Column<int>(type: "int", nullable: false),
                    OwnerAccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OwnerKind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OwnerResidency = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OwnerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OwnerTaxId = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    Checkpoint = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    IntervalDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IntervalStart = table.Column<TimeOnly>(type: "time", nullable: false),
                    IntervalMinutes = table.Column<int>(type: "int", nullable: false),
                    IntervalStartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IntervalEndsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    VehicleKind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    VehicleCountry = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    VehiclePlate = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    TrailerPlate = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    VehicleVin = table.Column<string>(type: "nvarchar(17)", maxLength: 17, nullable: false),
                    Drivers = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Priority = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    HoldExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Fee = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Paid = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    PaymentReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ReschedulesUsed = table.Column<int>(type: "int", nullable: false),
                    PendingReschedule = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ActivePlate = table.Column<string>(type: "nvarchar(15)", maxLength: 15, nullable: true),
                    ActiveVin = table.Column<string>(type: "nvarchar(17)", maxLength: 17, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bookings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CapacityDays",
                columns: table => new
                {
                    Checkpoint = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Day = table.Column<int>(type: "int", nullable: false),
                    Throughput = table.Column<int>(type: "int", nullable: false),
                    PriorityLimit = table.Column<int>(type: "int", nullable: false),
                    PriorityBooked = table.Column<int>(type: "int", nullable: false),
                    LastSequenceNumber = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapacityDays", x => new { x.Checkpoint, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "CapacitySlots",
                columns: table => new
                {
                    Checkpoint = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Day = table.Column<int>(type: "int", nullable: false),
                    StartMinute = table.Column<int>(type: "int", nullable: false),
                    Capacity = table.Column<int>(type: "int", nullable: false),
                    Booked = table.Column<int>(type: "int", nullable: false),
                    PriorityBooked = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapacitySlots", x => new { x.Checkpoint, x.Day, x.StartMinute });
                });

            migrationBuilder.CreateTable(
                name: "Checkpoints",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    NameRu = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    NameLatin = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    NeighbourCountry = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    RegionRu = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RegionEn = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    TimeZoneId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OpensAt = table.Column<TimeOnly>(type: "time", nullable: false),
                    HoursOpen = table.Column<int>(type: "int", nullable: false),
                    IntervalMinutes = table.Column<int>(type: "int", nullable: false),
                    VehiclesPerInterval = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Checkpoints", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    Scope = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Latin1_General_100_BIN2"),
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Latin1_General_100_BIN2"),
                    RequestHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "int", nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Body = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AggregateType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AggregateId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "qrtz_calendars",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    calendar_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    calendar = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_calendars", x => new { x.sched_name, x.calendar_name });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_execution_history",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    entry_id = table.Column<string>(type: "nvarchar(140)", maxLength: 140, nullable: false),
                    error_message = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    execution_log = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    fire_instance_id = table.Column<string>(type: "nvarchar(140)", maxLength: 140, nullable: true),
                    fired_time = table.Column<long>(type: "bigint", nullable: false),
                    instance_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    job_group = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    job_input = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    job_input_too_large = table.Column<bool>(type: "bit", nullable: true),
                    job_name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    manual = table.Column<bool>(type: "bit", nullable: true),
                    metrics = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    result = table.Column<int>(type: "int", nullable: true),
                    retry_attempt = table.Column<int>(type: "int", nullable: false, defaultValue: 0),
                    retry_scheduled = table.Column<bool>(type: "bit", nullable: false, defaultValue: false),
                    run_time = table.Column<long>(type: "bigint", nullable: false),
                    succeeded = table.Column<bool>(type: "bit", nullable: false),
                    summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    trigger_group = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    trigger_name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_execution_history", x => new { x.sched_name, x.entry_id });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_fired_triggers",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    entry_id = table.Column<string>(type: "nvarchar(140)", maxLength: 140, nullable: false),
                    execution_group = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    fired_time = table.Column<long>(type: "bigint", nullable: false),
                    instance_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    interrupt_requested_time = table.Column<long>(type: "bigint", nullable: true),
                    is_nonconcurrent = table.Column<bool>(type: "bit", nullable: false),
                    job_group = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true),
                    job_name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true),
                    priority = table.Column<int>(type: "int", nullable: false),
                    progress = table.Column<int>(type: "int", nullable: true),
                    progress_message = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: true),
                    requests_recovery = table.Column<bool>(type: "bit", nullable: true),
                    sched_time = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    trigger_group = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    trigger_name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_fired_triggers", x => new { x.sched_name, x.entry_id });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_job_details",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    job_name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    job_group = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    description = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: true),
                    is_durable = table.Column<bool>(type: "bit", nullable: false),
                    is_nonconcurrent = table.Column<bool>(type: "bit", nullable: false),
                    is_update_data = table.Column<bool>(type: "bit", nullable: false),
                    job_class_name = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: false),
                    job_data = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    requests_recovery = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_job_details", x => new { x.sched_name, x.job_name, x.job_group });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_job_status",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    job_group = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    job_name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    consecutive_failures = table.Column<int>(type: "int", nullable: false, defaultValue: 0),
                    failure_count = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    first_fired_time = table.Column<long>(type: "bigint", nullable: false),
                    last_entry_id = table.Column<string>(type: "nvarchar(140)", maxLength: 140, nullable: true),
                    last_failure_message = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    last_failure_time = table.Column<long>(type: "bigint", nullable: true),
                    last_fired_time = table.Column<long>(type: "bigint", nullable: false),
                    last_instance_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    last_result = table.Column<int>(type: "int", nullable: false),
                    last_run_time = table.Column<long>(type: "bigint", nullable: false),
                    last_success_time = table.Column<long>(type: "bigint", nullable: true),
                    last_summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    run_count = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_job_status", x => new { x.sched_name, x.job_group, x.job_name });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_locks",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    lock_name = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_locks", x => new { x.sched_name, x.lock_name });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_misfire_history",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    entry_id = table.Column<string>(type: "nvarchar(140)", maxLength: 140, nullable: false),
                    instance_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    job_group = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true),
                    job_name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true),
                    misfire_time = table.Column<long>(type: "bigint", nullable: false),
                    reason = table.Column<int>(type: "int", nullable: true),
                    sched_time = table.Column<long>(type: "bigint", nullable: true),
                    trigger_group = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    trigger_name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_misfire_history", x => new { x.sched_name, x.entry_id });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_paused_job_grps",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    job_group = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    pause_reason = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: true),
                    paused_at = table.Column<long>(type: "bigint", nullable: true),
                    paused_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_paused_job_grps", x => new { x.sched_name, x.job_group });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_paused_trigger_grps",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    trigger_group = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    pause_reason = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: true),
                    paused_at = table.Column<long>(type: "bigint", nullable: true),
                    paused_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_paused_trigger_grps", x => new { x.sched_name, x.trigger_group });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_scheduler_state",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    instance_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    checkin_interval = table.Column<long>(type: "bigint", nullable: false),
                    last_checkin_time = table.Column<long>(type: "bigint", nullable: false),
                    quartz_version = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_scheduler_state", x => new { x.sched_name, x.instance_name });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_triggers",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    trigger_name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    trigger_group = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    calendar_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    continuation_condition = table.Column<int>(type: "int", nullable: true),
                    continues_trigger_group = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true),
                    continues_trigger_name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true),
                    description = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: true),
                    end_time = table.Column<long>(type: "bigint", nullable: true),
                    execution_group = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    fixed_delay = table.Column<bool>(type: "bit", nullable: true),
                    job_data = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    job_group = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    job_name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    misfire_instr = table.Column<int>(type: "int", nullable: true),
                    misfire_orig_fire_time = table.Column<long>(type: "bigint", nullable: true),
                    misfire_threshold = table.Column<long>(type: "bigint", nullable: true),
                    next_fire_time = table.Column<long>(type: "bigint", nullable: true),
                    overlap_policy = table.Column<int>(type: "int", nullable: true),
                    pause_reason = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: true),
                    paused_at = table.Column<long>(type: "bigint", nullable: true),
                    paused_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    preferred_node = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    preferred_node_auto = table.Column<bool>(type: "bit", nullable: false, defaultValue: false),
                    prev_fire_time = table.Column<long>(type: "bigint", nullable: true),
                    priority = table.Column<int>(type: "int", nullable: true),
                    retry_attempt = table.Column<int>(type: "int", nullable: true),
                    retry_policy = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: true),
                    start_time = table.Column<long>(type: "bigint", nullable: false),
                    trigger_state = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    trigger_type = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_triggers", x => new { x.sched_name, x.trigger_name, x.trigger_group });
                    table.ForeignKey(
                        name: "fk_qrtz_triggers_qrtz_job_details",
                        columns: x => new { x.sched_name, x.job_name, x.job_group },
                        principalTable: "qrtz_job_details",
                        principalColumns: new[] { "sched_name", "job_name", "job_group" });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_blob_triggers",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    trigger_name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    trigger_group = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    blob_data = table.Column<byte[]>(type: "varbinary(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_blob_triggers", x => new { x.sched_name, x.trigger_name, x.trigger_group });
                    table.ForeignKey(
                        name: "fk_qrtz_blob_triggers_qrtz_triggers",
                        columns: x => new { x.sched_name, x.trigger_name, x.trigger_group },
                        principalTable: "qrtz_triggers",
                        principalColumns: new[] { "sched_name", "trigger_name", "trigger_group" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "qrtz_cron_triggers",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    trigger_name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    trigger_group = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    cron_expression = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    time_zone_id = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_cron_triggers", x => new { x.sched_name, x.trigger_name, x.trigger_group });
                    table.ForeignKey(
                        name: "fk_qrtz_cron_triggers_qrtz_triggers",
                        columns: x => new { x.sched_name, x.trigger_name, x.trigger_group },
                        principalTable: "qrtz_triggers",
                        principalColumns: new[] { "sched_name", "trigger_name", "trigger_group" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "qrtz_simple_triggers",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    trigger_name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    trigger_group = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    repeat_count = table.Column<long>(type: "bigint", nullable: false),
                    repeat_interval = table.Column<long>(type: "bigint", nullable: false),
                    times_triggered = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_simple_triggers", x => new { x.sched_name, x.trigger_name, x.trigger_group });
                    table.ForeignKey(
                        name: "fk_qrtz_simple_triggers_qrtz_triggers",
                        columns: x => new { x.sched_name, x.trigger_name, x.trigger_group },
                        principalTable: "qrtz_triggers",
                        principalColumns: new[] { "sched_name", "trigger_name", "trigger_group" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "qrtz_simprop_triggers",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    trigger_name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    trigger_group = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    bool_prop_1 = table.Column<bool>(type: "bit", nullable: true),
                    bool_prop_2 = table.Column<bool>(type: "bit", nullable: true),
                    dec_prop_1 = table.Column<decimal>(type: "decimal(13,4)", precision: 13, scale: 4, nullable: true),
                    dec_prop_2 = table.Column<decimal>(type: "decimal(13,4)", precision: 13, scale: 4, nullable: true),
                    int_prop_1 = table.Column<int>(type: "int", nullable: true),
                    int_prop_2 = table.Column<int>(type: "int", nullable: true),
                    long_prop_1 = table.Column<long>(type: "bigint", nullable: true),
                    long_prop_2 = table.Column<long>(type: "bigint", nullable: true),
                    str_prop_1 = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    str_prop_2 = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    str_prop_3 = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    time_zone_id = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_simprop_triggers", x => new { x.sched_name, x.trigger_name, x.trigger_group });
                    table.ForeignKey(
                        name: "fk_qrtz_simprop_triggers_qrtz_triggers",
                        columns: x => new { x.sched_name, x.trigger_name, x.trigger_group },
                        principalTable: "qrtz_triggers",
                        principalColumns: new[] { "sched_name", "trigger_name", "trigger_group" },
                        onDelete: ReferentialAction.Cascade);
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
                unique: true,
                filter: "[ActivePlate] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_ActiveVin",
                table: "Bookings",
                column: "ActiveVin",
                unique: true,
                filter: "[ActiveVin] IS NOT NULL");

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

            migrationBuilder.CreateIndex(
                name: "idx_qrtz_eh_fire_inst",
                table: "qrtz_execution_history",
                columns: new[] { "sched_name", "fire_instance_id" });

            migrationBuilder.CreateIndex(
                name: "idx_qrtz_eh_fired_time",
                table: "qrtz_execution_history",
                columns: new[] { "sched_name", "fired_time" });

            migrationBuilder.CreateIndex(
                name: "idx_qrtz_eh_inst",
                table: "qrtz_execution_history",
                columns: new[] { "sched_name", "instance_name" });

            migrationBuilder.CreateIndex(
                name: "idx_qrtz_eh_job_time",
                table: "qrtz_execution_history",
                columns: new[] { "sched_name", "job_group", "job_name", "fired_time" });

            migrationBuilder.CreateIndex(
                name: "idx_qrtz_eh_trig_time",
                table: "qrtz_execution_history",
                columns: new[] { "sched_name", "trigger_group", "trigger_name", "fired_time" });

            migrationBuilder.CreateIndex(
                name: "idx_qrtz_ft_inst_job_req_rcvry",
                table: "qrtz_fired_triggers",
                columns: new[] { "sched_name", "instance_name", "requests_recovery" });

            migrationBuilder.CreateIndex(
                name: "idx_qrtz_ft_j_g",
                table: "qrtz_fired_triggers",
                columns: new[] { "sched_name", "job_name", "job_group" });

            migrationBuilder.CreateIndex(
                name: "idx_qrtz_ft_t_g",
                table: "qrtz_fired_triggers",
                columns: new[] { "sched_name", "trigger_name", "trigger_group" });

            migrationBuilder.CreateIndex(
                name: "idx_qrtz_j_g_n",
                table: "qrtz_job_details",
                columns: new[] { "sched_name", "job_group", "job_name" });

            migrationBuilder.CreateIndex(
                name: "idx_qrtz_mh_inst",
                table: "qrtz_misfire_history",
                columns: new[] { "sched_name", "instance_name" });

            migrationBuilder.CreateIndex(
                name: "idx_qrtz_mh_misfire_time",
                table: "qrtz_misfire_history",
                columns: new[] { "sched_name", "misfire_time" });

            migrationBuilder.CreateIndex(
                name: "idx_qrtz_t_c",
                table: "qrtz_triggers",
                columns: new[] { "sched_name", "calendar_name" });

            migrationBuilder.CreateIndex(
                name: "idx_qrtz_t_g_n",
                table: "qrtz_triggers",
                columns: new[] { "sched_name", "trigger_group", "trigger_name" });

            migrationBuilder.CreateIndex(
                name: "idx_qrtz_t_j",
                table: "qrtz_triggers",
                columns: new[] { "sched_name", "job_name", "job_group" });

            migrationBuilder.CreateIndex(
                name: "idx_qrtz_t_nft_st",
                table: "qrtz_triggers",
                columns: new[] { "sched_name", "trigger_state", "next_fire_time", "priority", "misfire_instr" },
                descending: new[] { false, false, false, true, false });
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

            migrationBuilder.DropTable(
                name: "qrtz_blob_triggers");

            migrationBuilder.DropTable(
                name: "qrtz_calendars");

            migrationBuilder.DropTable(
                name: "qrtz_cron_triggers");

            migrationBuilder.DropTable(
                name: "qrtz_execution_history");

            migrationBuilder.DropTable(
                name: "qrtz_fired_triggers");

            migrationBuilder.DropTable(
                name: "qrtz_job_status");

            migrationBuilder.DropTable(
                name: "qrtz_locks");

            migrationBuilder.DropTable(
                name: "qrtz_misfire_history");

            migrationBuilder.DropTable(
                name: "qrtz_paused_job_grps");

            migrationBuilder.DropTable(
                name: "qrtz_paused_trigger_grps");

            migrationBuilder.DropTable(
                name: "qrtz_scheduler_state");

            migrationBuilder.DropTable(
                name: "qrtz_simple_triggers");

            migrationBuilder.DropTable(
                name: "qrtz_simprop_triggers");

            migrationBuilder.DropTable(
                name: "qrtz_triggers");

            migrationBuilder.DropTable(
                name: "qrtz_job_details");
        }
    }
}
