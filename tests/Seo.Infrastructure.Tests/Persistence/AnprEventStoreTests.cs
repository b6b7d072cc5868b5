using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Ports;
using Seo.Domain.Checkpoints;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;
using Seo.Domain.Vehicles;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Tests.Stores;

namespace Seo.Infrastructure.Tests.Persistence;

/// <summary>R10 on a real store: a camera event is stored once by its id, however many copies race.</summary>
public abstract class AnprEventStoreTests<TStore>(TStore store) : StoreTest<TStore>(store)
    where TStore : TestStore
{
    private static readonly (Device Device, string Key) Camera = Device.Register(
        DeviceId.New(), "Entry 1", CheckpointCode.Create("DOSTYK").Value, CameraPoint.CheckpointEntry, CrossingDirection.Exit, TestData.Now).Value;

    private static AnprEvent Read(Guid id, double confidence = 0.9) => AnprEvent.Record(
        id,
        Camera.Device,
        new AnprReading("123 ABC 02", PlateNumber.Create("123ABC02").Value, confidence, null, TestData.Now.AddTicks(12_345), CrossingDirection.Exit),
        null,
        ReadOutcome.NoBooking,
        TestData.Now);

    [Fact]
    public async Task R10_racing_copies_of_one_camera_event_store_it_once_with_one_outbox_message()
    {
        // Each racer passed the handler's replay check (nobody had committed yet); only the key decides.
        const int racers = 20;
        var id = Guid.NewGuid();
        var outcomes = await RacingInserts.RunAsync(Database, racers, (db, i) => db.AnprEvents.Add(Read(id, 0.5 + (i / 100d))));

        outcomes.Count(o => o == RacingInserts.Committed).ShouldBe(1, string.Join(", ", outcomes.Distinct()));
        outcomes.Where(o => o != RacingInserts.Committed).ShouldAllBe(o => o == "anpr-event-replayed");
        await using var check = Database.NewContext();
        (await check.AnprEvents.CountAsync()).ShouldBe(1);
        (await check.OutboxMessages.CountAsync(m => m.Type == nameof(AnprEventRecorded))).ShouldBe(1);
    }

    [Fact]
    public async Task A_device_and_its_reads_read_back_as_written()
    {
        var id = Guid.NewGuid();
        await using (var db = Database.NewContext())
        {
            db.Devices.Add(Camera.Device);
            db.AnprEvents.Add(Read(id));
            await db.SaveChangesAsync();
        }

        await using var read = Database.NewContext();
        var device = await read.Devices.SingleAsync(d => d.Id == Camera.Device.Id);
        device.Accepts(Camera.Key).ShouldBeTrue();
        (device.Point, device.Direction, device.Checkpoint.Value).ShouldBe((CameraPoint.CheckpointEntry, CrossingDirection.Exit, "DOSTYK"));
        var anpr = await read.AnprEvents.SingleAsync(e => e.Id == id);
        anpr.Plate.Value.ShouldBe("123ABC02");
        anpr.BookingId.ShouldBeNull();
        anpr.DeviceId.ShouldBe(Camera.Device.Id);
        // Kept to the microsecond on every store, so a replay compares equal (AnprReading.StoredCapturedAt).
        anpr.CapturedAt.ShouldBe(TestData.Now.AddTicks(12_340));
        (await Database.CountAsync("SELECT COUNT(*) FROM \"Devices\" WHERE \"KeyHash\" LIKE '%" + Camera.Key[^10..] + "%'")).ShouldBe(0);
    }

    [Fact]
    public async Task R10_a_read_entered_by_hand_reads_back_with_who_entered_it_and_why()
    {
        var id = Guid.NewGuid();
        var officer = Guid.NewGuid();
        var reason = new string('r', ManualRead.MaxReasonLength);
        var manual = ManualRead.For(Camera.Device, "123 ABC 02", TestData.Now, officer, reason).Value;
        await using (var db = Database.NewContext())
        {
            db.AnprEvents.Add(AnprEvent.RecordManual(id, Camera.Device, manual, null, ReadOutcome.NoBooking, TestData.Now));
            db.AnprEvents.Add(Read(Guid.NewGuid()));
            await db.SaveChangesAsync();
        }

        await using var read = Database.NewContext();
        var anpr = await read.AnprEvents.SingleAsync(e => e.Id == id);
        (anpr.Manual, anpr.EnteredBy, anpr.ManualReason, anpr.Confidence).ShouldBe((true, (Guid?)officer, (string?)reason, 1d));
        (await read.AnprEvents.CountAsync(e => e.EnteredBy == null)).ShouldBe(1);
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteAnprEventStoreTests(SqliteStore store) : AnprEventStoreTests<SqliteStore>(store);

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlAnprEventStoreTests(PostgreSqlStore store) : AnprEventStoreTests<PostgreSqlStore>(store);

[Trait("Store", "SqlServer")]
public sealed class SqlServerAnprEventStoreTests(SqlServerStore store) : AnprEventStoreTests<SqlServerStore>(store);
