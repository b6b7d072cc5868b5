using Seo.Domain.Accounts;
using Seo.Domain.Identity;
using Seo.Domain.PriorityLists;
using Seo.Domain.Vehicles;

namespace Seo.Domain.Tests.PriorityLists;

public sealed class PriorityListTests
{
    private static readonly AccountId Registrar = AccountId.New();
    private static readonly CountryCode Kz = CountryCode.Create("KZ").Value;

    private static PriorityListEntry ByPlate(string plate, CountryCode? country = null) =>
        PriorityListEntry.Create(country ?? Kz, PlateNumber.Create(plate).Value, null).Value;

    private static PriorityListEntry ByVin(string vin) => PriorityListEntry.Create(null, null, Vin.Create(vin).Value).Value;

    [Fact]
    public void R6_each_upload_is_the_next_version_with_who_and_when()
    {
        var list = PriorityList.Open(PriorityListKind.AuthorisedEconomicOperators);

        var first = list.Upload([ByPlate("123ABC02")], Registrar, null, TestData.Now).ShouldSucceed();
        var second = list.Upload([ByPlate("123ABC02"), ByVin(TestData.ValidVin)], Registrar, 1, TestData.Now.AddHours(1)).ShouldSucceed();

        first.Number.ShouldBe(1);
        first.Entries.Count.ShouldBe(1);
        second.Number.ShouldBe(2);
        second.Kind.ShouldBe(PriorityListKind.AuthorisedEconomicOperators);
        second.UploadedBy.ShouldBe(Registrar);
        second.UploadedAt.ShouldBe(TestData.Now.AddHours(1));
        list.CurrentVersion.ShouldBe(2);
        list.DomainEvents.OfType<PriorityListUploaded>().Select(e => e.Version).ShouldBe([1, 2]);
    }

    [Fact]
    public void R6_an_entry_naming_vin_and_plate_needs_both_and_one_naming_an_operator_needs_that_operators_bin()
    {
        var truck = TestData.Truck();
        var operatorBin = Bin.Create(TestData.ValidBin).Value;
        var otherBin = Bin.Create(KazakhIdentifiers.WithCheckDigit("19034000000")).Value;
        var vinElsewhere = PriorityListEntry.Create(Kz, PlateNumber.Create("555XYZ02").Value, truck.Vin).Value;
        var plateElsewhere = PriorityListEntry.Create(Kz, truck.Plate, Vin.Create("1M8GDM9AXKP042799").Value).Value;
        var ofOperator = PriorityListEntry.Create(Kz, truck.Plate, truck.Vin, operatorBin, "Demo Trans LLP").Value;

        // The listed VIN under another plate, or the listed plate on another VIN, is another truck.
        vinElsewhere.Names(truck, operatorBin).ShouldBeFalse();
        plateElsewhere.Names(truck, operatorBin).ShouldBeFalse();
        ofOperator.Names(truck, operatorBin).ShouldBeTrue();
        ofOperator.Names(truck, otherBin).ShouldBeFalse();
        ofOperator.Names(truck, null).ShouldBeFalse();
    }

    [Fact]
    public void R6_a_full_list_of_distinct_vehicles_is_accepted_and_a_duplicate_at_its_end_is_found()
    {
        var entries = Enumerable.Range(0, PriorityList.MaxEntries - 1).Select(n => ByPlate($"{n:D6}KZ")).ToList();
        var list = PriorityList.Open(PriorityListKind.PostalOperator);

        list.Upload([.. entries, ByPlate("000000KZ")], Registrar, null, TestData.Now).ShouldFailWith("duplicate-entry");
        list.Upload([.. entries, ByVin(TestData.ValidVin)], Registrar, null, TestData.Now).ShouldSucceed().Entries.Count.ShouldBe(PriorityList.MaxEntries);
    }

    [Fact]
    public void R6_an_upload_expecting_an_older_version_is_refused_and_changes_nothing()
    {
        var list = PriorityList.Open(PriorityListKind.PostalOperator);
        list.Upload([ByPlate("123ABC02")], Registrar, 0, TestData.Now).ShouldSucceed();

        var stale = list.Upload([ByPlate("777ZZZ01")], Registrar, 0, TestData.Now);

        stale.ShouldFailWith("priority-list-version-stale").Details.ShouldNotBeNull()["currentVersion"].ShouldBe(1);
        list.CurrentVersion.ShouldBe(1);
    }

    [Fact]
    public void R6_a_vehicle_listed_twice_by_vin_or_by_plate_in_one_country_is_refused()
    {
        var list = PriorityList.Open(PriorityListKind.PostalOperator);

        list.Upload([ByVin(TestData.ValidVin), ByVin(TestData.ValidVin)], Registrar, null, TestData.Now).ShouldFailWith("duplicate-entry");
        list.Upload([ByPlate("123ABC02"), ByPlate("123 abc 02")], Registrar, null, TestData.Now).ShouldFailWith("duplicate-entry");
        list.Upload([ByPlate("123ABC02"), ByPlate("123ABC02", CountryCode.Create("UZ").Value)], Registrar, null, TestData.Now).ShouldSucceed();
        list.CurrentVersion.ShouldBe(1);
    }

    [Fact]
    public void R6_the_postal_operators_list_names_vehicles_only()
    {
        var withOperator = PriorityListEntry.Create(Kz, PlateNumber.Create("123ABC02").Value, null, null, "Kazpost").Value;

        PriorityList.Open(PriorityListKind.PostalOperator).Upload([withOperator], Registrar, null, TestData.Now).ShouldFailWith("operator-not-applicable");
        PriorityList.Open(PriorityListKind.AuthorisedEconomicOperators).Upload([withOperator], Registrar, null, TestData.Now).ShouldSucceed();
    }

    [Fact]
    public void R6_a_list_holds_at_most_its_maximum_of_vehicles()
    {
        var entries = Enumerable.Range(0, PriorityList.MaxEntries + 1).Select(n => ByPlate($"{n:D6}KZ")).ToList();

        PriorityList.Open(PriorityListKind.PostalOperator).Upload(entries, Registrar, null, TestData.Now).ShouldFailWith("too-many-entries");
    }

    [Fact]
    public void An_entry_needs_a_plate_with_its_country_or_a_vin()
    {
        PriorityListEntry.Create(null, null, null).ShouldFailWith("vehicle-not-identified");
        PriorityListEntry.Create(null, PlateNumber.Create("123ABC02").Value, null).ShouldFailWith("plate-needs-country");
        PriorityListEntry.Create(Kz, null, Vin.Create(TestData.ValidVin).Value).ShouldFailWith("plate-needs-country");
    }

    [Fact]
    public void R6_a_version_lists_a_vehicle_by_vin_or_by_plate_within_its_country()
    {
        var truck = TestData.Truck();
        var list = PriorityList.Open(PriorityListKind.PostalOperator);

        list.Upload([ByPlate("123ABC02", CountryCode.Create("UZ").Value)], Registrar, null, TestData.Now).ShouldSucceed().Lists(truck, null).ShouldBeFalse();
        list.Upload([ByPlate("123ABC02")], Registrar, null, TestData.Now).ShouldSucceed().Lists(truck, null).ShouldBeTrue();
        list.Upload([ByVin(TestData.ValidVin)], Registrar, null, TestData.Now).ShouldSucceed().Lists(truck, null).ShouldBeTrue();
    }
}
