using System.Globalization;

/// <summary>
/// The made-up owner, driver and trucks the driver books with. The simulated registries answer
/// every check from records (docs/demo-registries.md), so each of these is put on file before the
/// timed run; the owner is a resident legal entity, so the booking meets all 18 checks (R19).
/// </summary>
internal sealed record LoadFleet(int RunId, int Trucks)
{
    /// <summary>A BIN with a valid check digit, used by no demo record; accounts may share a BIN, so every run reuses it.</summary>
    public const string OwnerBin = "250440000014";

    public const string DriverDocument = "LD0000001";
    public const string DriverPhone = "+77019990001";

    /// <summary>Resident drivers of a tractor unit need a C or CE licence (check 3).</summary>
    public static readonly string[] DriverLicenceCategories = ["C", "CE"];

    // 17 characters, digits only after "LD": never I, O or Q, and distinct per run and truck.
    public string Vin(int truck) => string.Create(CultureInfo.InvariantCulture, $"LD{RunId:D8}{truck:D7}");

    public string Plate(int truck) => string.Create(CultureInfo.InvariantCulture, $"L{RunId % 1000:D3}{truck:D5}");
}
