using Seo.Application.Sandbox.Common;

namespace Seo.Infrastructure.Verification.Simulated.Demo;

/// <summary>
/// The demo data set of the simulated registries, documented in <c>docs/demo-registries.md</c>
/// (a test drives the document's table against it). Terms run from the seeding day, so the data
/// stays meaningful whenever it is seeded: documents last years, except the insurance meant to
/// lapse three weeks out.
/// </summary>
public static class DemoRegistries
{
    public const string DemoTransBin = "190340400002";
    public const string SeitkaliIin = "850515300006";

    /// <summary>Days from the seeding day until the demo insurance that lapses (truck 007DEM02) ends.</summary>
    public const int LapsingInsuranceDays = 21;

    private const int LongTerm = 3 * 365;

    public static IReadOnlyList<RegistryRecordData> Records(DateOnly today)
    {
        var records = new List<RegistryRecordData>
        {
            new(SimulatedRegistry.PersonsAndEntities, DemoTransBin, "GBD-UL-DEMO-0001", Note: "Demo Trans LLP"),
            new(SimulatedRegistry.PersonsAndEntities, SeitkaliIin, "GBD-FL-DEMO-0002", Note: "Seitkali Nurlan"),
        };

        // Drivers: resident ones hold a licence, digital documents, biometrics and a registered phone.
        records.AddRange(ResidentDriver("N0000001", "+77010000001", today, "C", "CE"));
        records.AddRange(ResidentDriver("N0000002", "+77010000002", today, "C", "CE"));
        records.AddRange(ResidentDriver("N0000003", "+77010000003", today, "C", "CE"));
        records.AddRange(ResidentDriver("N0000004", "+77010000004", today, "B"));
        records.Add(new(SimulatedRegistry.WantedPersons, "N0000003", "WANTED-P-DEMO-0003", Note: "sought under a court order"));

        // Trucks of resident owners, registered in Kazakhstan.
        records.AddRange(KazakhTruck("001DEM02", "Y3DKZ000000000001", DemoTransBin, today));
        records.AddRange(KazakhTruck("002DEM02", "Y3DKZ000000000002", DemoTransBin, today));
        records.Add(SameUnpaidFine("Y3DKZ000000000002"));
        records.AddRange(KazakhTruck("004DEM02", "Y3DKZ000000000004", DemoTransBin, today));
        records.Add(new(SimulatedRegistry.WantedVehicles, "Y3DKZ000000000004", "WANTED-V-DEMO-0004", Note: "reported stolen"));
        records.AddRange(KazakhTruck("005DEM02", "Y3DKZ000000000005", DemoTransBin, today));
        records.AddRange(KazakhTruck("006DEM02", "Y3DKZ000000000006", DemoTransBin, today));
        records.AddRange(KazakhTruck("007DEM02", "Y3DKZ000000000007", DemoTransBin, today, insuranceDays: LapsingInsuranceDays));
        records.AddRange(KazakhTruck("008DEM02", "Y3DKZ000000000008", DemoTransBin, today, inspected: false));
        records.AddRange(KazakhTruck("009DEM02", "Y3DKZ000000000009", SeitkaliIin, today));
        records.Add(new(SimulatedRegistry.TaxDebts, SeitkaliIin, "TAX-DEMO-0009", Note: "vehicle tax 2025, 23 590 KZT"));
        records.AddRange(KazakhTruck("011DEM02", "Y3DKZ000000000011", DemoTransBin, today));
        records.Add(new(SimulatedRegistry.CustomsDeclarations, "DEMO-DECL-011", "ASTANA1-DEMO-011", Vin: "Y3DKZ000000000011", Goods: GoodsCategory.LiveAnimals, Released: true));
        records.Add(new(SimulatedRegistry.VeterinaryCertificates, "DEMO-VET-011", "EAGRI-DEMO-011", Vin: "Y3DKZ000000000011", ValidUntil: today.AddDays(90)));
        records.AddRange(KazakhTruck("012DEM02", "Y3DKZ000000000012", DemoTransBin, today));
        records.Add(new(SimulatedRegistry.AgriculturalMachinery, "Y3DKZ000000000012", "AGRI-DEMO-012", ValidUntil: today.AddDays(LongTerm)));

        // Trucks of the non-resident owner, registered in China.
        records.AddRange(ForeignTruck("LDCXJ000000000003", today));
        records.Add(SameUnpaidFine("LDCXJ000000000003"));
        records.AddRange(ForeignTruck("LDCXJ000000000010", today));
        records.Add(new(SimulatedRegistry.TollRoadDebts, "LDCXJ000000000010", "TOLL-DEMO-0010", Note: "KazAvtoZhol toll, 12 400 KZT"));
        return records;
    }

    private static RegistryRecordData SameUnpaidFine(string vin) =>
        new(SimulatedRegistry.RoadSafetyFines, vin, $"FINE-DEMO-{vin[^4..]}", Note: "speeding, 10 MRP, unpaid");

    private static IEnumerable<RegistryRecordData> ResidentDriver(string document, string phone, DateOnly today, params string[] categories)
    {
        var n = document[^4..];
        yield return new(SimulatedRegistry.DriverLicences, document, $"LIC-DEMO-{n}", LicenceCategories: categories, ValidUntil: today.AddDays(LongTerm));
        yield return new(SimulatedRegistry.DigitalDocuments, document, $"DOCS-DEMO-{n}", ValidUntil: today.AddDays(LongTerm));
        yield return new(SimulatedRegistry.BiometricRecords, document, $"BIO-DEMO-{n}");
        yield return new(SimulatedRegistry.MobileCitizens, phone, $"MOB-DEMO-{n}", Holder: document);
    }

    private static IEnumerable<RegistryRecordData> KazakhTruck(string plate, string vin, string owner, DateOnly today, int insuranceDays = 365, bool inspected = true)
    {
        var n = vin[^4..];
        yield return new(SimulatedRegistry.Vehicles, vin, $"AVTO-DEMO-{n}", Holder: owner, Plate: plate);
        yield return new(SimulatedRegistry.TransportPermits, vin, $"PERMIT-DEMO-{n}", ValidUntil: today.AddDays(365));
        yield return new(SimulatedRegistry.InsurancePolicies, vin, $"OGPO-DEMO-{n}", ValidUntil: today.AddDays(insuranceDays));
        if (inspected)
        {
            yield return new(SimulatedRegistry.TechnicalInspections, vin, $"TO-DEMO-{n}", ValidUntil: today.AddDays(365));
        }

        yield return new(SimulatedRegistry.WeighingRecords, vin, $"WIM-DEMO-{n}");
    }

    private static IEnumerable<RegistryRecordData> ForeignTruck(string vin, DateOnly today)
    {
        var n = vin[^4..];
        yield return new(SimulatedRegistry.InsurancePolicies, vin, $"GREENCARD-DEMO-{n}", ValidUntil: today.AddDays(365));
        yield return new(SimulatedRegistry.TechnicalInspections, vin, $"TO-DEMO-{n}", ValidUntil: today.AddDays(365));
        yield return new(SimulatedRegistry.WeighingRecords, vin, $"WIM-DEMO-{n}");
    }
}
