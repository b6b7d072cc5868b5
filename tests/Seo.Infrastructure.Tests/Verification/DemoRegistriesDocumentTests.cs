using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Identity;
using Seo.Domain.Vehicles;
using Seo.Domain.Verification;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Tests.Stores;
using Seo.Infrastructure.Verification.Simulated;
using Seo.Infrastructure.Verification.Simulated.Demo;

namespace Seo.Infrastructure.Tests.Verification;

/// <summary>
/// docs/demo-registries.md and the demo seed agree: every truck row of the document, driven
/// through the seeded simulated registries, fails exactly the checks the document says, on both
/// dates; and the seed is idempotent.
/// </summary>
[Trait("Store", "Sqlite")]
public sealed partial class DemoRegistriesDocumentTests(SqliteStore store) : StoreTest<SqliteStore>(store)
{
    private readonly FakeTimeProvider _clock = new(TestData.Now);

    private DemoRegistrySeed Seed(SeoDbContext db) => new(db, _clock, NullLogger<DemoRegistrySeed>.Instance);

    [Fact]
    public async Task R18_every_demo_truck_fails_exactly_the_checks_the_document_lists()
    {
        var document = DemoDocument.Load();
        document.Trucks.Count.ShouldBeGreaterThanOrEqualTo(12);
        await using (var db = Database.NewContext())
        {
            await Seed(db).SeedIfEmptyAsync(CancellationToken.None);
        }

        foreach (var truck in document.Trucks)
        {
            foreach (var (days, expected) in new[] { (7, truck.FailsIn7Days), (60, truck.FailsIn60Days) })
            {
                var owner = document.Owners[truck.Owner];
                var requirements = VerificationPolicy.RequirementsFor(owner.Residency);
                var subject = new VerificationSubject(owner, truck.Vehicle, [document.Drivers[truck.Driver]], SimulatedSubjects.Today.AddDays(days), truck.Cargo, PriorityCategory.None);
                await using var db = Database.NewContext();

                var outcomes = await new SimulatedRegistryVerification(db, _clock).VerifyAsync(subject, requirements, CancellationToken.None);

                var failed = outcomes.Where(o => o.Verdict == CheckVerdict.Failed)
                    .Select(o => (Number: (int)o.Check, Notice: requirements.Single(r => r.Check == o.Check).Effect == CheckEffect.NoticeOnly))
                    .OrderBy(f => f.Number).ToList();
                failed.ShouldBe(expected, $"{truck.Vehicle.Plate} booked in {days} days: {string.Join("; ", outcomes.Where(o => o.Reason != null).Select(o => $"{(int)o.Check} {o.Verdict}: {o.Reason}"))}");
                outcomes.ShouldNotContain(o => o.Verdict == CheckVerdict.Unavailable);
            }
        }
    }

    [Fact]
    public async Task Seeding_again_adds_nothing_and_keeps_what_the_sandbox_changed_or_deleted()
    {
        var expected = DemoRegistries.Records(SimulatedSubjects.Today).Count;
        await using (var db = Database.NewContext())
        {
            await Seed(db).SeedIfEmptyAsync(CancellationToken.None);
            var store = new SandboxRegistryStore(db, _clock);
            await store.DeleteAsync(Application.Sandbox.Common.SimulatedRegistry.WantedVehicles, "Y3DKZ000000000004", CancellationToken.None);
            await store.PutAsync(new(Application.Sandbox.Common.SimulatedRegistry.RoadSafetyFines, "Y3DKZ000000000001", "FINE-NEW"), CancellationToken.None);
            await db.SaveChangesAsync();
        }

        _clock.Advance(TimeSpan.FromDays(10));
        await using (var db = Database.NewContext())
        {
            await Seed(db).SeedIfEmptyAsync(CancellationToken.None);
        }

        await using var check = Database.NewContext();
        // The deleted wanted notice stays deleted (only reset brings it back); the added fine stays; nothing doubles.
        (await check.RegistryRecords.CountAsync()).ShouldBe(expected);
        (await check.RegistryRecords.AnyAsync(r => r.Registry == Application.Sandbox.Common.SimulatedRegistry.WantedVehicles && r.Key == "Y3DKZ000000000004")).ShouldBeFalse();
        (await check.RegistryRecords.CountAsync(r => r.Reference == "FINE-NEW")).ShouldBe(1);
        // Records seeded on day 0 keep their terms: a second seeding does not move them.
        (await check.RegistryRecords.SingleAsync(r => r.Reference == "OGPO-DEMO-0007")).ValidUntil.ShouldBe(SimulatedSubjects.Today.AddDays(DemoRegistries.LapsingInsuranceDays));
    }

    [Fact]
    public async Task Reset_brings_back_exactly_the_demo_data_dated_from_today_with_every_registry_in_service()
    {
        await using (var db = Database.NewContext())
        {
            var store = new SandboxRegistryStore(db, _clock);
            await store.PutAsync(new(Application.Sandbox.Common.SimulatedRegistry.TollRoadDebts, "Y3DKZ000000000001", "TOLL-X"), CancellationToken.None);
            await store.SetInServiceAsync(Application.Sandbox.Common.SimulatedRegistry.InsurancePolicies, false, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        _clock.Advance(TimeSpan.FromDays(5));
        await using (var db = Database.NewContext())
        {
            await new SandboxRegistryStore(db, _clock).ResetAsync(CancellationToken.None);
            await db.SaveChangesAsync();
        }

        await using var check = Database.NewContext();
        (await check.RegistryRecords.CountAsync()).ShouldBe(DemoRegistries.Records(SimulatedSubjects.Today).Count);
        (await check.RegistryRecords.AnyAsync(r => r.Reference == "TOLL-X")).ShouldBeFalse();
        (await check.RegistryServiceStates.CountAsync()).ShouldBe(0);
        (await check.RegistryRecords.SingleAsync(r => r.Reference == "OGPO-DEMO-0007")).ValidUntil.ShouldBe(SimulatedSubjects.Today.AddDays(5 + DemoRegistries.LapsingInsuranceDays));
    }

    /// <summary>The three tables of docs/demo-registries.md, read into the subjects they describe.</summary>
    private sealed partial record DemoDocument(
        IReadOnlyDictionary<string, BookingOwner> Owners, IReadOnlyDictionary<string, Driver> Drivers, IReadOnlyList<DemoTruck> Trucks)
    {
        public static DemoDocument Load()
        {
            var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "demo-registries.md"));
            var owners = Table(lines, "### Owners").ToDictionary(
                r => r[0],
                r => new BookingOwner(AccountId.New(), Enum.Parse<OwnerKind>(r[2]), Enum.Parse<Residency>(r[1]), r[0], r[3] == "—" ? null : r[3]));
            var drivers = Table(lines, "### Drivers").ToDictionary(r => r[0], r =>
            {
                var document = r[2].Split(' ');
                var residency = Enum.Parse<Residency>(r[1]);
                return new Driver(
                    residency,
                    PersonName.Create(r[0].Split(' ')[0], r[0].Split(' ')[1]).Value,
                    new DateOnly(1985, 5, 15),
                    PhoneNumber.Create(r[3]).Value,
                    EmailAddress.Create("driver@example.kz").Value,
                    IdentityDocument.Create(Enum.Parse<IdentityDocumentType>(document[0]), CountryCode.Create(document[1]).Value, document[2], new DateOnly(2031, 1, 1)).Value);
            });
            var trucks = Table(lines, "### Trucks").Select(r => new DemoTruck(
                Vehicle.Create(Enum.Parse<VehicleKind>(r[3]), CountryCode.Create(r[2]).Value, PlateNumber.Create(r[0]).Value, null, Vin.Create(r[1]).Value).Value,
                r[4],
                r[5],
                CargoOf(r[6]),
                Fails(r[7]),
                Fails(r[8]))).ToList();
            return new DemoDocument(owners, drivers, trucks);
        }

        private static Cargo CargoOf(string cell)
        {
            var declaration = DeclarationPattern().Match(cell);
            var certificate = CertificatePattern().Match(cell);
            return new Cargo(certificate.Success, declaration.Success ? declaration.Groups[1].Value : null, certificate.Success ? certificate.Groups[1].Value : null);
        }

        private static List<(int Number, bool Notice)> Fails(string cell) =>
            cell == "none" ? [] : [.. cell.Split(',').Select(f => (int.Parse(NumberPattern().Match(f).Value, System.Globalization.CultureInfo.InvariantCulture), f.Contains("(notice)", StringComparison.Ordinal)))];

        /// <summary>The body rows of the first table after <paramref name="heading"/>, cells trimmed.</summary>
        private static IEnumerable<string[]> Table(string[] lines, string heading) =>
            lines.SkipWhile(l => l.Trim() != heading).Skip(1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).Skip(2)
                .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray());

        private static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Seo.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("Seo.sln not found above the test's folder.");
        }

        [GeneratedRegex(@"declaration (\S+?),?(\s|$)")]
        private static partial Regex DeclarationPattern();

        [GeneratedRegex(@"certificate (\S+?),?(\s|$)")]
        private static partial Regex CertificatePattern();

        [GeneratedRegex(@"\d+")]
        private static partial Regex NumberPattern();
    }

    private sealed record DemoTruck(Vehicle Vehicle, string Owner, string Driver, Cargo Cargo, List<(int Number, bool Notice)> FailsIn7Days, List<(int Number, bool Notice)> FailsIn60Days);
}
