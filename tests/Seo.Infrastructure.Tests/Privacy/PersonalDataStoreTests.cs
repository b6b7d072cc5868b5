using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Seo.Application.Accounts;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Identity;
using Seo.Domain.Messaging;
using Seo.Domain.Verification;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Privacy;
using Seo.Infrastructure.Tests.Stores;

namespace Seo.Infrastructure.Tests.Privacy;

/// <summary>Personal data at rest: encrypted columns, look-ups, rotation and retention, on every provider.</summary>
public abstract class PersonalDataStoreTests<TStore>(TStore store) : StoreTest<TStore>(store)
    where TStore : TestStore
{
    /// <summary>A valid IIN (check digit 3): a resident individual.</summary>
    private const string IinValue = "800101300125";

    private static Account Individual(string email = "person@example.kz", string iin = IinValue) =>
        TestData.Proven(Account.RegisterUser(
            AccountId.New(),
            EmailAddress.Create(email).Value,
            "hash",
            OwnerProfile.Create(OwnerKind.Individual, Residency.Resident, null, PersonName.Create("Ахметов", "Серик").Value, iin, TestData.Phone).Value,
            agreementAccepted: true,
            personalDataConsent: true,
            "2023-07-01",
            TestData.Now).Value);

    private async Task SaveAsync(params object[] entities)
    {
        await using var db = Database.NewContext();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    private async Task<string> RawAsync(string table, string column, Guid id) =>
        Convert.ToString(await Database.ScalarAsync(
            $"SELECT \"{column}\" FROM \"{table}\" WHERE \"Id\" = '{(Database.Provider == Seo.Infrastructure.Persistence.Providers.StoreProvider.Sqlite ? id.ToString().ToUpperInvariant() : id.ToString())}'"),
            System.Globalization.CultureInfo.InvariantCulture)!;

    [Fact]
    public async Task The_IIN_phone_names_and_drivers_are_stored_as_ciphertext_never_in_clear()
    {
        var account = Individual();
        var booking = TestData.Booking(account);
        await SaveAsync(account, booking);

        foreach (var column in new[] { "Email", "TaxId", "ProvenTaxId", "Phone", "OwnerName", "DisplayName" })
        {
            var stored = await RawAsync("Accounts", column, account.Id.Value);
            stored.ShouldStartWith(PersonalDataProtector.Prefix + "test.");
            stored.ShouldNotContain("person@example.kz");
            stored.ShouldNotContain(IinValue);
            stored.ShouldNotContain("Ахметов");
            stored.ShouldNotContain("77011234567");
        }

        foreach (var column in new[] { "Drivers", "OwnerTaxId", "OwnerName" })
        {
            var stored = await RawAsync("Bookings", column, booking.Id.Value);
            stored.ShouldStartWith(PersonalDataProtector.Prefix + "test.");
            stored.ShouldNotContain("N1234567");
            stored.ShouldNotContain("Ахметов");
        }

        (await RawAsync("Accounts", "TaxIdLookup", account.Id.Value)).ShouldBe(TestStore.PersonalData.Lookup(IinValue));
        (await RawAsync("Accounts", "EmailLookup", account.Id.Value)).ShouldBe(TestStore.PersonalData.Lookup("person@example.kz"));
        (await RawAsync("Bookings", "OwnerTaxIdLookup", booking.Id.Value)).ShouldBe(TestStore.PersonalData.Lookup(IinValue));

        await using var db = Database.NewContext();
        var loaded = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == account.Id);
        loaded.Owner!.TaxId.ShouldBe(IinValue);
        loaded.Owner.Phone.ShouldBe(TestData.Phone);
        (await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == booking.Id)).Drivers.ShouldBe(booking.Drivers);
    }

    [Fact]
    public async Task A_draw_entry_keeps_its_request_naming_the_drivers_encrypted_until_the_draw()
    {
        const string request = """{"drivers":[{"surname":"Ахметов","document":{"number":"N1234567"},"phone":"+77011234567"}]}""";
        var entry = Seo.Domain.Draws.DrawEntry.Enter(
            "DOSTYK", new DateOnly(2027, 3, 1), Guid.NewGuid(), "1M8GDM9AX00000001", "KZ:123AB01", null, request, TestData.Now.AddMinutes(30), TestData.Now);
        await SaveAsync(entry);

        var stored = await RawAsync("DrawEntries", "Request", entry.Id);
        stored.ShouldStartWith(PersonalDataProtector.Prefix + "test.");
        stored.ShouldNotContain("N1234567");
        stored.ShouldNotContain("Ахметов");
        stored.ShouldNotContain("77011234567");
        await using var db = Database.NewContext();
        (await db.DrawEntries.AsNoTracking().SingleAsync(e => e.Id == entry.Id)).Request.ShouldBe(request);
    }

    [Fact]
    public async Task A_message_keeps_its_phone_encrypted_and_is_still_made_once_per_destination()
    {
        var subject = Guid.NewGuid();
        OutboundMessage Sms(string phone) => OutboundMessage.Create(
            subject, null, null, MessageAudience.Driver, null, MessageKind.Reminder, MessageChannel.Sms, phone, "Your truck is expected tomorrow.", TestData.Now);
        var message = Sms("+77011234567");
        await SaveAsync(message);

        var stored = await RawAsync("OutboundMessages", "Destination", message.Id.Value);
        stored.ShouldStartWith(PersonalDataProtector.Prefix + "test.");
        stored.ShouldNotContain("77011234567");
        await using (var db = Database.NewContext())
        {
            (await db.OutboundMessages.AsNoTracking().SingleAsync(m => m.Id == message.Id)).Destination.ShouldBe("+77011234567");
        }

        // The same message to the same phone again: the once-index holds on the keyed hash, although the ciphertexts differ.
        await Should.ThrowAsync<Seo.Application.Common.Ports.PersistenceConflictException>(() => SaveAsync(Sms("+77011234567")));
        await SaveAsync(Sms("+77017654321"));
    }

    [Fact]
    public async Task An_account_is_found_by_its_IIN_through_the_lookup_hash()
    {
        await SaveAsync(Individual(), Individual("other@example.kz", "900202400012"), TestData.User("carrier2@example.kz"));

        await using var db = Database.NewContext();
        var found = await new EfRepository<Account>(db).ListAsync(new AccountsWithTaxIdSpec(IinValue), CancellationToken.None);

        found.ShouldHaveSingleItem().Email.Value.ShouldBe("person@example.kz");
        (await new EfRepository<Account>(db).AnyAsync(new AccountsWithTaxIdSpec("000000000000"), CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task An_account_is_found_by_its_email_through_the_lookup_hash_and_a_second_account_with_that_email_is_refused()
    {
        await SaveAsync(Individual(), TestData.User("carrier2@example.kz"));

        await using (var db = Database.NewContext())
        {
            var found = await new EfRepository<Account>(db).FirstOrDefaultAsync(new AccountByEmailSpec(EmailAddress.Create("Person@Example.kz").Value), CancellationToken.None);
            found.ShouldNotBeNull().Owner!.TaxId.ShouldBe(IinValue);
            (await new EfRepository<Account>(db).AnyAsync(new AccountByEmailSpec(EmailAddress.Create("nobody@example.kz").Value), CancellationToken.None)).ShouldBeFalse();
        }

        var conflict = await Should.ThrowAsync<Seo.Application.Common.Ports.PersistenceConflictException>(() => SaveAsync(Individual(iin: "900202400012")));
        conflict.Error.ShouldBe(AccountErrors.EmailTaken);
    }

    [Fact]
    public async Task An_account_whose_email_was_written_in_clear_stops_a_non_migrating_start_and_is_found_by_its_email_after_the_next_migration_run()
    {
        var account = Individual();
        await SaveAsync(account);
        var id = Database.Provider == Seo.Infrastructure.Persistence.Providers.StoreProvider.Sqlite ? account.Id.Value.ToString().ToUpperInvariant() : account.Id.Value.ToString();
        await Database.ScalarAsync($"UPDATE \"Accounts\" SET \"Email\" = 'person@example.kz', \"EmailLookup\" = NULL WHERE \"Id\" = '{id}'");

        await using (var db = Database.NewContext())
        {
            var initializer = new DatabaseInitializer(
                db, Domain.Checkpoints.CapacitySchedule.Default, Options.Create(new RetentionOptions()),
                Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseInitializer>.Instance, TimeProvider.System);
            (await Should.ThrowAsync<InvalidOperationException>(() => initializer.EnsureCurrentAsync(CancellationToken.None))).Message.ShouldContain("migrate");
            await initializer.MigrateAsync(CancellationToken.None);
            await initializer.EnsureCurrentAsync(CancellationToken.None);
        }

        (await RawAsync("Accounts", "Email", account.Id.Value)).ShouldStartWith(PersonalDataProtector.Prefix);
        await using var read = Database.NewContext();
        (await new EfRepository<Account>(read).FirstOrDefaultAsync(new AccountByEmailSpec(account.Email), CancellationToken.None)).ShouldNotBeNull().Id.ShouldBe(account.Id);
    }

    [Fact]
    public async Task A_value_written_in_clear_before_encryption_is_read_and_then_encrypted_by_the_reencryption_sweep()
    {
        var account = Individual();
        await SaveAsync(account);
        var id = Database.Provider == Seo.Infrastructure.Persistence.Providers.StoreProvider.Sqlite ? account.Id.Value.ToString().ToUpperInvariant() : account.Id.Value.ToString();
        await Database.ScalarAsync($"UPDATE \"Accounts\" SET \"TaxId\" = '{IinValue}', \"Phone\" = '+77011234567', \"TaxIdLookup\" = NULL WHERE \"Id\" = '{id}'");

        await using (var db = Database.NewContext())
        {
            (await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == account.Id)).Owner!.TaxId.ShouldBe(IinValue);
            (await new PersonalDataReencryption(db, Options.Create(new RetentionOptions())).RunAsync(CancellationToken.None)).ShouldBe(1);
        }

        (await RawAsync("Accounts", "TaxId", account.Id.Value)).ShouldStartWith(PersonalDataProtector.Prefix);
        (await RawAsync("Accounts", "Phone", account.Id.Value)).ShouldStartWith(PersonalDataProtector.Prefix);
        (await RawAsync("Accounts", "TaxIdLookup", account.Id.Value)).ShouldBe(TestStore.PersonalData.Lookup(IinValue));
    }

    [Fact]
    public async Task After_a_rotation_the_sweep_rewraps_old_rows_under_the_active_key_and_a_second_run_finds_nothing()
    {
        var account = Individual();
        var booking = TestData.Booking(account);
        await SaveAsync(account, booking);
        var old = TestStore.PersonalData;
        var oldKey = old.Ring.ActiveKey;
        var rotated = new PersonalDataProtector(new PersonalDataKeyRing(
            new Dictionary<string, byte[]> { ["test"] = oldKey, ["next"] = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32) },
            "next", old.Ring.LookupKey));

        await using (var db = Database.NewContext(rotated))
        {
            (await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == booking.Id)).Drivers.ShouldBe(booking.Drivers);
            (await new PersonalDataReencryption(db, Options.Create(new RetentionOptions { BatchSize = 1 })).RunAsync(CancellationToken.None)).ShouldBe(2);
            (await new PersonalDataReencryption(db, Options.Create(new RetentionOptions())).RunAsync(CancellationToken.None)).ShouldBe(0);
        }

        (await RawAsync("Accounts", "TaxId", account.Id.Value)).ShouldStartWith("pd1.next.");
        (await RawAsync("Bookings", "Drivers", booking.Id.Value)).ShouldStartWith("pd1.next.");
        var withoutOldKey = new PersonalDataProtector(new PersonalDataKeyRing(
            new Dictionary<string, byte[]> { ["next"] = rotated.Ring.ActiveKey }, "next", old.Ring.LookupKey));
        await using var read = Database.NewContext(withoutOldKey);
        (await new EfRepository<Account>(read).ListAsync(new AccountsWithTaxIdSpec(IinValue), CancellationToken.None)).ShouldHaveSingleItem();
        (await read.Bookings.AsNoTracking().SingleAsync(b => b.Id == booking.Id)).Drivers.ShouldBe(booking.Drivers);
    }

    [Fact]
    public async Task Staff_TOTP_secrets_under_an_old_ring_key_or_an_earlier_builds_key_are_rewrapped_under_the_active_key_and_still_read()
    {
        var secret = System.Security.Cryptography.RandomNumberGenerator.GetBytes(20);
        var legacyKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        var old = TestStore.PersonalData;
        var fromLegacy = Staff("legacy@seo.test");
        fromLegacy.EnrolConfiguredTotp(KeyRingSecretProtectorTests.LegacySealed(secret, legacyKey), TestData.Now);
        var underOldKey = Staff("old-key@seo.test");
        underOldKey.EnrolConfiguredTotp(new KeyRingSecretProtector(old).Protect(secret), TestData.Now);
        await SaveAsync(fromLegacy, underOldKey);
        var rotated = new PersonalDataProtector(new PersonalDataKeyRing(
            new Dictionary<string, byte[]> { ["test"] = old.Ring.ActiveKey, ["next"] = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32) },
            "next", old.Ring.LookupKey));
        var secrets = new KeyRingSecretProtector(rotated, legacyKey);

        await using (var db = Database.NewContext(rotated))
        {
            (await new PersonalDataReencryption(db, Options.Create(new RetentionOptions()), secrets).RunAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(2);
            (await new PersonalDataReencryption(db, Options.Create(new RetentionOptions()), secrets).RunAsync(CancellationToken.None)).ShouldBe(0);
        }

        foreach (var account in new[] { fromLegacy, underOldKey })
        {
            var stored = await RawAsync("Accounts", "TotpSecret", account.Id.Value);
            stored.ShouldStartWith("pd1.next.");
            new KeyRingSecretProtector(rotated).Unprotect(stored).ShouldBe(secret);
        }
    }

    private static Account Staff(string email) =>
        Account.CreateStaff(AccountId.New(), Role.Officer, EmailAddress.Create(email).Value, "hash", "Officer", TestData.Now);

    [Fact]
    public async Task Retention_deletes_old_check_records_and_erases_drivers_of_bookings_finished_long_ago()
    {
        // Bookings are issued and end now; the sweep runs 91 days after the first one ended.
        var owner = TestData.User();
        var longFinished = TestData.Booking(owner, plate: "111AAA01", vin: "11111111111111111");
        longFinished.Cancel(TestData.Now.AddMinutes(1)).IsSuccess.ShouldBeTrue();
        var recentlyFinished = TestData.Booking(owner, plate: "222AAA01", vin: "22222222222222222", sequenceNumber: 2);
        recentlyFinished.Cancel(TestData.Now.AddDays(2)).IsSuccess.ShouldBeTrue();
        var active = TestData.Booking(owner, plate: "333AAA01", vin: "33333333333333333", sequenceNumber: 3);
        var now = TestData.Now.AddMinutes(1).AddDays(91);
        var clock = new FakeTimeProvider(now);
        var options = new RetentionOptions { CheckRecords = TimeSpan.FromDays(30), FinishedBookingPersonalData = TimeSpan.FromDays(90) };
        var request = new CheckedRequest(owner.Id, VerificationPurpose.NewBooking, null, TestData.Dostyk().Id, TestData.BookedDate, TestData.Truck(), Residency.Resident);
        var oldCheck = VerificationRecord.Failed(request, [], now.AddDays(-31));
        var newCheck = VerificationRecord.Failed(request, [], now.AddDays(-29));
        await SaveAsync(owner, oldCheck, newCheck, longFinished, recentlyFinished, active);
        RetentionSweep swept;
        await using (var db = Database.NewContext())
        {
            swept = await new PersonalDataRetention(db, Options.Create(options), clock).SweepAsync(CancellationToken.None);
        }

        swept.ShouldBe(new RetentionSweep(CheckRecords: 1, BookingsErased: 1));
        await using var read = Database.NewContext();
        (await read.VerificationRecords.Select(r => r.Id).ToListAsync()).ShouldBe([newCheck.Id]);
        var erased = await read.Bookings.AsNoTracking().SingleAsync(b => b.Id == longFinished.Id);
        erased.Drivers.ShouldBeEmpty();
        erased.PersonalDataErasedAt.ShouldBe(now);
        // What the crossing log and the accounts need stays (R10, R20, R23).
        erased.Number.ShouldBe(longFinished.Number);
        erased.Vehicle.Plate.Value.ShouldBe("111AAA01");
        erased.Owner.AccountId.ShouldBe(owner.Id);
        erased.Paid.ShouldBe(longFinished.Paid);
        (await read.Bookings.AsNoTracking().SingleAsync(b => b.Id == recentlyFinished.Id)).Drivers.ShouldNotBeEmpty();
        (await read.Bookings.AsNoTracking().SingleAsync(b => b.Id == active.Id)).Drivers.ShouldNotBeEmpty();

        clock.Advance(TimeSpan.FromDays(2));
        await using var again = Database.NewContext();
        (await new PersonalDataRetention(again, Options.Create(options), clock).SweepAsync(CancellationToken.None)).ShouldBe(new RetentionSweep(1, 1));
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqlitePersonalDataStoreTests(SqliteStore store) : PersonalDataStoreTests<SqliteStore>(store);

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlPersonalDataStoreTests(PostgreSqlStore store) : PersonalDataStoreTests<PostgreSqlStore>(store);

[Trait("Store", "SqlServer")]
public sealed class SqlServerPersonalDataStoreTests(SqlServerStore store) : PersonalDataStoreTests<SqlServerStore>(store);
