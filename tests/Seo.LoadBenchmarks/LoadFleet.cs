using System.Globalization;

/// <summary>
/// The made-up owner, driver and trucks the driver books with. The simulated registries answer
/// every check from records (docs/demo-registries.md), so each of these is put on file before the
/// timed run; the owner is a resident legal entity, so the booking meets all 18 checks (R19).
/// </summary>
internal sealed record LoadFleet(int RunId, int Trucks)
{
    /// <summary>
    /// The run's own BIN (a resident legal entity registered in April 2025, with a valid check
    /// digit, used by no demo record): one account proves a BIN (R15), so every run has its own.
    /// </summary>
    public string OwnerBin { get; } = BinFor(RunId);

    public const string DriverDocument = "LD0000001";
    public const string DriverPhone = "+77019990001";

    /// <summary>Resident drivers of a tractor unit need a C or CE licence (check 3).</summary>
    public static readonly string[] DriverLicenceCategories = ["C", "CE"];

    // 17 characters, digits only after "LD": never I, O or Q, and distinct per run and truck.
    public string Vin(int truck) => string.Create(CultureInfo.InvariantCulture, $"LD{RunId:D8}{truck:D7}");

    private static string BinFor(int runId)
    {
        for (var serial = runId % 100_000; ; serial = (serial + 1) % 100_000)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"250440{serial:D5}");
            if (CheckDigit(prefix) is { } digit)
            {
                return prefix + digit.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>The IIN/BIN check digit (src/Domain/Identity/KazakhIdentifier.cs), or none.</summary>
    private static int? CheckDigit(string first11)
    {
        int[] first = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
        int[] second = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
        var digit = first11.Select((c, i) => (c - '0') * first[i]).Sum() % 11;
        if (digit == 10)
        {
            digit = first11.Select((c, i) => (c - '0') * second[i]).Sum() % 11;
        }

        return digit == 10 ? null : digit;
    }

    public string Plate(int truck) => string.Create(CultureInfo.InvariantCulture, $"L{RunId % 1000:D3}{truck:D5}");
}
