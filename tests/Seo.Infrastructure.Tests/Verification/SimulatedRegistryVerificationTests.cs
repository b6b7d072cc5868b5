using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Identity;
using Seo.Domain.Vehicles;
using Seo.Domain.Verification;
using Seo.Infrastructure.Tests.Stores;
using Seo.Infrastructure.Verification.Simulated;
using Seo.Infrastructure.Verification.Simulated.Demo;
using static Seo.Infrastructure.Tests.Verification.SimulatedSubjects;

namespace Seo.Infrastructure.Tests.Verification;

/// <summary>
/// The 18 checks of R18 answered by the simulated registries on a real store, seeded with the
/// demo data set: each passes, fails with a reason and the registry's reference, is not
/// applicable with a reason, or — its registry out of service — is unavailable.
/// </summary>
public abstract class SimulatedRegistryVerificationTests<TStore>(TStore store) : StoreTest<TStore>(store)
    where TStore : TestStore
{
    private readonly FakeTimeProvider _clock = new(TestData.Now);

    private async Task SeedDemoAsync()
    {
        await using var db = Database.NewContext();
        await new DemoRegistrySeed(db, _clock, NullLogger<DemoRegistrySeed>.Instance).SeedIfEmptyAsync(CancellationToken.None);
    }

    private async Task<CheckOutcome> CheckAsync(RegistryCheck check, VerificationSubject subject)
    {
        await SeedDemoAsync();
        await using var db = Database.NewContext();
        var outcomes = await new SimulatedRegistryVerification(db, _clock).VerifyAsync(subject, [new CheckRequirement(check, CheckEffect.Blocking)], CancellationToken.None);
        var outcome = outcomes.ShouldHaveSingleItem();
        outcome.Check.ShouldBe(check);
        outcome.Source.ShouldBe(RegistryCatalog.Describe((SimulatedRegistry)(int)check).Source);
        outcome.CheckedAt.ShouldBe(TestData.Now);
        return outcome;
    }

    private async Task PutAsync(RegistryRecordData record)
    {
        await using var db = Database.NewContext();
        await new SandboxRegistryStore(db, _clock).PutAsync(record, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    private static void ShouldFail(CheckOutcome outcome, string reason, string? reference)
    {
        outcome.Verdict.ShouldBe(CheckVerdict.Failed);
        outcome.Reason.ShouldNotBeNull().ShouldContain(reason);
        outcome.Reference.ShouldBe(reference);
    }

    private static void ShouldNotApply(CheckOutcome outcome, string reason)
    {
        outcome.Verdict.ShouldBe(CheckVerdict.NotApplicable);
        outcome.Reason.ShouldNotBeNull().ShouldContain(reason);
    }

    [Theory]
    [InlineData(Residency.Resident)]
    [InlineData(Residency.NonResident)]
    public async Task R19_the_demo_truck_that_passes_everything_gets_one_outcome_per_required_check_none_skipped(Residency residency)
    {
        await SeedDemoAsync();
        var requirements = VerificationPolicy.RequirementsFor(residency);
        await using var db = Database.NewContext();

        var outcomes = await new SimulatedRegistryVerification(db, _clock).VerifyAsync(Subject(), requirements, CancellationToken.None);

        outcomes.Select(o => o.Check).ShouldBe(requirements.Select(r => r.Check));
        outcomes.ShouldAllBe(o => o.Verdict == CheckVerdict.Passed || o.Verdict == CheckVerdict.NotApplicable);
        // Not applicable is recorded with its reason, never a silent pass.
        outcomes.Where(o => o.Verdict == CheckVerdict.NotApplicable).ShouldAllBe(o => o.Reason != null);
        new VerificationReport(requirements, outcomes).Decide().IsSuccess.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(EveryCheck))]
    public async Task R20_a_registry_out_of_service_answers_unavailable_for_its_check_and_the_request_is_refused(RegistryCheck check)
    {
        await using (var db = Database.NewContext())
        {
            await new SandboxRegistryStore(db, _clock).SetInServiceAsync((SimulatedRegistry)(int)check, false, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var outcome = await CheckAsync(check, Subject());

        outcome.Verdict.ShouldBe(CheckVerdict.Unavailable);
        outcome.Reason.ShouldNotBeNull().ShouldContain("out of service");
        new VerificationReport([new CheckRequirement(check, CheckEffect.Blocking)], [outcome]).Decide().Error!.Code.ShouldBe("registry-unavailable");
    }

    public static TheoryData<RegistryCheck> EveryCheck() => [.. Enum.GetValues<RegistryCheck>()];

    [Fact]
    public async Task R18_1_the_owner_must_be_in_the_state_persons_database()
    {
        (await CheckAsync(RegistryCheck.UserAccountExists, Subject())).ShouldSatisfyAllConditions(
            o => o.Verdict.ShouldBe(CheckVerdict.Passed), o => o.Reference.ShouldBe("GBD-UL-DEMO-0001"));
        ShouldFail(await CheckAsync(RegistryCheck.UserAccountExists, Subject(DemoTrans with { TaxId = "900101300126" })),
            "IIN/BIN 9001******26 is not in the state database", null);
        ShouldNotApply(await CheckAsync(RegistryCheck.UserAccountExists, Subject(Xinjiang)), "without an IIN/BIN");
    }

    [Fact]
    public async Task R18_2_a_kazakh_vehicle_must_be_registered_under_its_plate_to_its_owner_and_a_foreign_one_is_not_concerned()
    {
        (await CheckAsync(RegistryCheck.VehicleRegistered, Subject())).Verdict.ShouldBe(CheckVerdict.Passed);
        ShouldFail(await CheckAsync(RegistryCheck.VehicleRegistered, Subject(vehicle: Truck("001DEM02", "Y3DKZ000000000099"))), "not on the state vehicle register", null);
        ShouldFail(await CheckAsync(RegistryCheck.VehicleRegistered, Subject(vehicle: Truck("999XYZ02", "Y3DKZ000000000001"))), "registered under plate 001DEM02", "AVTO-DEMO-0001");
        ShouldFail(await CheckAsync(RegistryCheck.VehicleRegistered, Subject(vehicle: DemoTruck(9))), $"registered to IIN/BIN {Seo.Domain.Identity.PersonalDataMask.TaxId(DemoRegistries.SeitkaliIin)}", "AVTO-DEMO-0009");
        ShouldNotApply(await CheckAsync(RegistryCheck.VehicleRegistered, Subject(Xinjiang, Truck("XJ00003", "LDCXJ000000000003", "CN"))), "registered in CN");
    }

    [Fact]
    public async Task R18_2_a_vehicle_declared_foreign_whose_vin_is_on_the_kazakh_register_fails_saying_why()
    {
        ShouldFail(await CheckAsync(RegistryCheck.VehicleRegistered, Subject(Xinjiang, Truck("XJ00001", "Y3DKZ000000000001", "CN"))),
            "declared as registered in CN, but VIN Y3DKZ000000000001 is on the Kazakh state vehicle register under plate 001DEM02", "AVTO-DEMO-0001");
    }

    [Fact]
    public async Task R18_3_every_resident_driver_needs_a_licence_of_the_vehicles_category_and_non_residents_are_not_concerned()
    {
        var passed = await CheckAsync(RegistryCheck.DriverLicenceCategory, Subject(vehicle: Truck("001DEM02", "Y3DKZ000000000001", kind: VehicleKind.TruckWithTrailer)));
        (passed.Verdict, passed.Reference, passed.ValidUntil).ShouldBe((CheckVerdict.Passed, "LIC-DEMO-0001", Today.AddDays(3 * 365)));

        var kim = Driver("N0000004", "+77010000004", surname: "Kim");
        ShouldFail(await CheckAsync(RegistryCheck.DriverLicenceCategory, Subject(drivers: [Abenov, kim])), "driver Kim Arman (N0000004): licence LIC-DEMO-0004 has categories B, not C", "LIC-DEMO-0004");
        ShouldFail(await CheckAsync(RegistryCheck.DriverLicenceCategory, Subject(drivers: [Driver("N7777777", "+77010000001")])), "no Kazakh driving licence", null);
        ShouldNotApply(await CheckAsync(RegistryCheck.DriverLicenceCategory, Subject(drivers: [Driver("E00000005", "+8613800000005", Residency.NonResident)])), "non-resident driver");
    }

    [Fact]
    public async Task R18_4_a_wanted_vehicle_fails_with_the_wanted_entry()
    {
        (await CheckAsync(RegistryCheck.VehicleNotWanted, Subject())).Verdict.ShouldBe(CheckVerdict.Passed);
        ShouldFail(await CheckAsync(RegistryCheck.VehicleNotWanted, Subject(vehicle: DemoTruck(4))), "VIN Y3DKZ000000000004 is on the wanted list (entry WANTED-V-DEMO-0004: reported stolen)", "WANTED-V-DEMO-0004");
    }

    [Fact]
    public async Task R18_5_any_wanted_driver_resident_or_not_fails_the_check()
    {
        (await CheckAsync(RegistryCheck.DriverNotWanted, Subject())).Verdict.ShouldBe(CheckVerdict.Passed);
        ShouldFail(await CheckAsync(RegistryCheck.DriverNotWanted, Subject(drivers: [Abenov, Driver("N0000003", "+77010000003", surname: "Omarov")])), "Omarov Arman (N0000003): on the wanted list", "WANTED-P-DEMO-0003");
        await PutAsync(new(SimulatedRegistry.WantedPersons, "E00000005", "WANTED-P-X"));
        ShouldFail(await CheckAsync(RegistryCheck.DriverNotWanted, Subject(drivers: [Driver("E00000005", "+8613800000005", Residency.NonResident)])), "on the wanted list", "WANTED-P-X");
    }

    [Fact]
    public async Task R18_6_only_agricultural_machinery_is_concerned_and_its_registration_must_cover_the_booked_date()
    {
        ShouldNotApply(await CheckAsync(RegistryCheck.MachineryRegistration, Subject()), "not agricultural machinery");
        var passed = await CheckAsync(RegistryCheck.MachineryRegistration, Subject(vehicle: DemoTruck(12)));
        (passed.Verdict, passed.Reference, passed.ValidUntil).ShouldBe((CheckVerdict.Passed, "AGRI-DEMO-012", Today.AddDays(3 * 365)));
        await PutAsync(new(SimulatedRegistry.AgriculturalMachinery, "Y3DKZ000000000012", "AGRI-DEMO-012", ValidUntil: Today.AddDays(3)));
        ShouldFail(await CheckAsync(RegistryCheck.MachineryRegistration, Subject(vehicle: DemoTruck(12))), "before the booked date", "AGRI-DEMO-012");
    }

    [Theory]
    [InlineData(RegistryCheck.TransportPermits, "PERMIT-DEMO-0001", "international road transport permit")]
    [InlineData(RegistryCheck.LiabilityInsurance, "OGPO-DEMO-0001", "third-party liability insurance policy")]
    [InlineData(RegistryCheck.TechnicalInspection, "TO-DEMO-0001", "technical inspection")]
    public async Task R18_7_8_14_a_vehicle_document_must_exist_and_be_valid_on_the_booked_date(RegistryCheck check, string reference, string document)
    {
        var passed = await CheckAsync(check, Subject());
        (passed.Verdict, passed.Reference, passed.ValidUntil).ShouldBe((CheckVerdict.Passed, reference, Today.AddDays(365)));
        ShouldFail(await CheckAsync(check, Subject(vehicle: Truck("001DEM02", "Y3DKZ000000000099"))), $"no {document} on record for VIN Y3DKZ000000000099", null);

        var registry = (SimulatedRegistry)(int)check;
        await PutAsync(new(registry, "Y3DKZ000000000001", reference, ValidUntil: Today.AddDays(-1)));
        ShouldFail(await CheckAsync(check, Subject()), $"{document} {reference} expired on {Today.AddDays(-1):yyyy-MM-dd}", reference);
    }

    [Fact]
    public async Task R18_8_insurance_expiring_between_today_and_the_booked_date_fails_naming_both_dates()
    {
        var expires = Today.AddDays(DemoRegistries.LapsingInsuranceDays);

        var before = await CheckAsync(RegistryCheck.LiabilityInsurance, Subject(vehicle: DemoTruck(7), bookedInDays: 7));
        var after = await CheckAsync(RegistryCheck.LiabilityInsurance, Subject(vehicle: DemoTruck(7), bookedInDays: 30));

        (before.Verdict, before.ValidUntil).ShouldBe((CheckVerdict.Passed, expires));
        ShouldFail(after, $"expires on {expires:yyyy-MM-dd}, before the booked date {Today.AddDays(30):yyyy-MM-dd}", "OGPO-DEMO-0007");
    }

    [Fact]
    public async Task R18_9_a_tax_debt_of_the_owner_fails_and_an_owner_without_a_tax_id_is_not_concerned()
    {
        (await CheckAsync(RegistryCheck.NoTaxDebt, Subject())).Verdict.ShouldBe(CheckVerdict.Passed);
        var seitkali = DemoTrans with { Kind = OwnerKind.Individual, TaxId = DemoRegistries.SeitkaliIin };
        ShouldFail(await CheckAsync(RegistryCheck.NoTaxDebt, Subject(seitkali, DemoTruck(9))), "vehicle tax 2025", "TAX-DEMO-0009");
        ShouldNotApply(await CheckAsync(RegistryCheck.NoTaxDebt, Subject(Xinjiang)), "no IIN/BIN");
    }

    [Theory]
    [InlineData(RegistryCheck.NoUnpaidFines, 2, "unpaid road-safety fine", "FINE-DEMO-0002")]
    [InlineData(RegistryCheck.NoTollRoadDebt, 0, "toll-road debt", null)]
    public async Task R18_10_17_a_fine_or_toll_debt_on_the_vehicle_fails_the_check(RegistryCheck check, int demoTruck, string reason, string? reference)
    {
        (await CheckAsync(check, Subject())).Verdict.ShouldBe(CheckVerdict.Passed);
        var vehicle = demoTruck > 0 ? DemoTruck(demoTruck) : Truck("XJ00010", "LDCXJ000000000010", "CN");
        ShouldFail(await CheckAsync(check, Subject(Xinjiang, vehicle)), reason, reference ?? "TOLL-DEMO-0010");
    }

    [Theory]
    [InlineData(RegistryCheck.DigitalDocuments, "DOCS-DEMO-0001", "no digital documents on record")]
    [InlineData(RegistryCheck.BiometricMatch, "BIO-DEMO-0001", "no biometric record to match")]
    [InlineData(RegistryCheck.PhoneMatchesMobileBase, "MOB-DEMO-0001", "phone +7701*****99 is not in the mobile citizens base")]
    public async Task R18_11_12_13_every_resident_driver_must_be_on_record_and_non_residents_are_not_concerned(RegistryCheck check, string reference, string missing)
    {
        (await CheckAsync(check, Subject())).ShouldSatisfyAllConditions(o => o.Verdict.ShouldBe(CheckVerdict.Passed), o => o.Reference.ShouldBe(reference));
        ShouldFail(await CheckAsync(check, Subject(drivers: [Abenov, Driver("N7777777", "+77019999999", surname: "Nurov")])), missing, null);
        ShouldNotApply(await CheckAsync(check, Subject(drivers: [Driver("E00000005", "+8613800000005", Residency.NonResident)])), "non-resident driver");
    }

    [Theory]
    [InlineData(RegistryCheck.DriverLicenceCategory, "no Kazakh driving licence")]
    [InlineData(RegistryCheck.DigitalDocuments, "no digital documents on record")]
    [InlineData(RegistryCheck.BiometricMatch, "no biometric record to match")]
    [InlineData(RegistryCheck.PhoneMatchesMobileBase, "is not in the mobile citizens base")]
    public async Task R18_3_11_12_13_a_driver_on_a_kazakh_document_is_checked_as_resident_whatever_residency_was_declared(RegistryCheck check, string missing)
    {
        var declaredForeign = Abenov with { Residency = Residency.NonResident };
        var unknownDeclaredForeign = Driver("N7777777", "+77019999999", surname: "Nurov") with { Residency = Residency.NonResident };

        (await CheckAsync(check, Subject(drivers: [declaredForeign]))).Verdict.ShouldBe(CheckVerdict.Passed);
        ShouldFail(await CheckAsync(check, Subject(drivers: [unknownDeclaredForeign])), missing, null);
    }

    [Fact]
    public async Task R18_13_a_phone_registered_to_another_person_fails()
    {
        ShouldFail(await CheckAsync(RegistryCheck.PhoneMatchesMobileBase, Subject(drivers: [Driver("N0000001", "+77010000002")])), "registered to another person", "MOB-DEMO-0002");
    }

    [Fact]
    public async Task R18_15_goods_under_control_need_a_certificate_for_this_vehicle_valid_on_the_booked_date()
    {
        var liveAnimals = new Cargo(true, "DEMO-DECL-011", "DEMO-VET-011");
        ShouldNotApply(await CheckAsync(RegistryCheck.VeterinaryPhytosanitaryCertificates, Subject()), "not under veterinary or phytosanitary control");

        var passed = await CheckAsync(RegistryCheck.VeterinaryPhytosanitaryCertificates, Subject(vehicle: DemoTruck(11), cargo: liveAnimals));
        (passed.Verdict, passed.Reference, passed.ValidUntil).ShouldBe((CheckVerdict.Passed, "EAGRI-DEMO-011", Today.AddDays(90)));
        ShouldFail(await CheckAsync(RegistryCheck.VeterinaryPhytosanitaryCertificates, Subject(vehicle: DemoTruck(1), cargo: liveAnimals)), "is for VIN Y3DKZ000000000011, not Y3DKZ000000000001", "EAGRI-DEMO-011");
        ShouldFail(await CheckAsync(RegistryCheck.VeterinaryPhytosanitaryCertificates, Subject(vehicle: DemoTruck(11), cargo: liveAnimals, bookedInDays: 91)), "before the booked date", "EAGRI-DEMO-011");
        ShouldFail(await CheckAsync(RegistryCheck.VeterinaryPhytosanitaryCertificates, Subject(vehicle: DemoTruck(11), cargo: liveAnimals with { VeterinaryCertificate = "NOPE-1" })), "NOPE-1 is not in e-Agriculture", null);
    }

    [Fact]
    public async Task R18_15_goods_the_declaration_puts_under_control_need_a_certificate_even_when_the_box_was_left_unticked()
    {
        var unticked = new Cargo(false, "DEMO-DECL-011", null);

        ShouldFail(await CheckAsync(RegistryCheck.VeterinaryPhytosanitaryCertificates, Subject(vehicle: DemoTruck(11), cargo: unticked)),
            "declaration DEMO-DECL-011 declares LiveAnimals goods, under veterinary or phytosanitary control, but no certificate was given", "ASTANA1-DEMO-011");
        (await CheckAsync(RegistryCheck.VeterinaryPhytosanitaryCertificates, Subject(vehicle: DemoTruck(11), cargo: unticked with { VeterinaryCertificate = "DEMO-VET-011" })))
            .Reference.ShouldBe("EAGRI-DEMO-011");
    }

    [Fact]
    public async Task R18_16_a_declaration_must_exist_be_for_this_vehicle_and_be_released_and_an_empty_vehicle_is_not_concerned()
    {
        var declared = new Cargo(false, "DEMO-DECL-011", null);
        ShouldNotApply(await CheckAsync(RegistryCheck.CustomsDeclarations, Subject()), "travels empty");
        (await CheckAsync(RegistryCheck.CustomsDeclarations, Subject(vehicle: DemoTruck(11), cargo: declared))).Reference.ShouldBe("ASTANA1-DEMO-011");
        ShouldFail(await CheckAsync(RegistryCheck.CustomsDeclarations, Subject(vehicle: DemoTruck(1), cargo: declared)), "is for VIN Y3DKZ000000000011", "ASTANA1-DEMO-011");
        ShouldFail(await CheckAsync(RegistryCheck.CustomsDeclarations, Subject(cargo: declared with { CustomsDeclaration = "NOPE-2" })), "NOPE-2 is not in ASTANA-1", null);

        await PutAsync(new(SimulatedRegistry.CustomsDeclarations, "DEMO-DECL-011", "ASTANA1-DEMO-011", Vin: "Y3DKZ000000000011", Goods: GoodsCategory.LiveAnimals, Released: false));
        ShouldFail(await CheckAsync(RegistryCheck.CustomsDeclarations, Subject(vehicle: DemoTruck(11), cargo: declared)), "customs has not released the goods", "ASTANA1-DEMO-011");
    }

    [Fact]
    public async Task R6_a_priority_ground_of_the_goods_is_proved_by_the_declarations_goods_category()
    {
        var declared = new Cargo(false, "DEMO-DECL-011", null);

        (await CheckAsync(RegistryCheck.CustomsDeclarations, Subject(vehicle: DemoTruck(11), cargo: declared, priority: PriorityCategory.LiveAnimals))).Verdict.ShouldBe(CheckVerdict.Passed);
        ShouldFail(await CheckAsync(RegistryCheck.CustomsDeclarations, Subject(vehicle: DemoTruck(11), cargo: declared, priority: PriorityCategory.PerishableGoods)),
            "declares LiveAnimals goods: it does not prove the priority ground PerishableGoods (R6)", "ASTANA1-DEMO-011");
        ShouldFail(await CheckAsync(RegistryCheck.CustomsDeclarations, Subject(priority: PriorityCategory.DangerousGoods)), "needs a customs declaration proving it", null);
        // Paid expedited passage is proved by the payment, not by the goods.
        ShouldNotApply(await CheckAsync(RegistryCheck.CustomsDeclarations, Subject(priority: PriorityCategory.PaidExpedited)), "travels empty");
    }

    [Fact]
    public async Task R18_18_a_vehicle_without_movement_and_weighing_records_fails()
    {
        (await CheckAsync(RegistryCheck.MovementAndWeighingRecords, Subject())).Reference.ShouldBe("WIM-DEMO-0001");
        ShouldFail(await CheckAsync(RegistryCheck.MovementAndWeighingRecords, Subject(vehicle: Truck("001DEM02", "Y3DKZ000000000099"))), "no movement or weighing records", null);
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteSimulatedRegistryVerificationTests(SqliteStore store) : SimulatedRegistryVerificationTests<SqliteStore>(store);

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlSimulatedRegistryVerificationTests(PostgreSqlStore store) : SimulatedRegistryVerificationTests<PostgreSqlStore>(store);
