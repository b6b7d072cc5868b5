using System.Globalization;
using System.Text.Json.Nodes;

namespace Seo.WebApi.Tests.TestHost;

/// <summary>Valid, distinct identifiers and request bodies, so each test states only what it is about.</summary>
public static class TestData
{
    private static int _counter;

    public const string Password = "correct-horse-battery";

    public static int Next() => Interlocked.Increment(ref _counter);

    /// <summary>A distinct valid VIN: 17 characters without I, O or Q.</summary>
    public static string Vin(int n) => string.Create(CultureInfo.InvariantCulture, $"1M8GDM9AX{n:D8}");

    /// <summary>A distinct valid plate, e.g. 000042KZ.</summary>
    public static string Plate(int n) => string.Create(CultureInfo.InvariantCulture, $"{n:D6}KZ");

    public static string Email(int n) => string.Create(CultureInfo.InvariantCulture, $"carrier{n}@example.kz");

    /// <summary>
    /// A valid IIN, one per <paramref name="n"/> below 100 000: the serial is n's last four digits and
    /// the birth year (1990–1999) its fifth, so two numbers never share an IIN. When the serial has no
    /// check digit on 1 January (about one in 120), the sex digit and then the month change instead of
    /// the serial: walking the serial would land on the next number's IIN.
    /// </summary>
    public static string Iin(int n)
    {
        var year = 90 + (n / 10_000 % 10);
        foreach (var month in Enumerable.Range(1, 12))
        {
            foreach (var sex in new[] { 3, 4 })
            {
                var prefix = string.Create(CultureInfo.InvariantCulture, $"{year:D2}{month:D2}01{sex}{n % 10_000:D4}");
                if (CheckDigit(prefix) is { } digit)
                {
                    return prefix + digit.ToString(CultureInfo.InvariantCulture);
                }
            }
        }

        throw new InvalidOperationException($"No valid IIN for {n}.");
    }

    /// <summary>
    /// A well-formed BIN of a resident legal entity registered in 2019, one per <paramref name="n"/>
    /// below 100 000; the month changes when the serial has no check digit, for the reason
    /// <see cref="Iin"/> gives.
    /// </summary>
    public static string Bin(int n)
    {
        foreach (var month in new[] { 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2 })
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"19{month:D2}40{n % 100_000:D5}");
            if (CheckDigit(prefix) is { } digit)
            {
                return prefix + digit.ToString(CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"No valid BIN for {n}.");
    }

    /// <summary>A well-formed IIN whose last digit is wrong.</summary>
    public static string IinWithBadCheckDigit(int n)
    {
        var valid = Iin(n);
        var wrong = (valid[11] - '0' + 1) % 10;
        return valid[..11] + wrong.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The check digit of src/Domain/Identity/KazakhIdentifier.cs, or null when none exists.</summary>
    public static int? CheckDigit(string first11)
    {
        int[] first = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
        int[] second = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
        var digit = Weighted(first11, first);
        if (digit == 10)
        {
            digit = Weighted(first11, second);
        }

        return digit == 10 ? null : digit;
    }

    private static int Weighted(string digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        return sum % 11;
    }

    public static JsonObject Registration(int n, string residency = "Resident") => new()
    {
        ["email"] = Email(n),
        ["password"] = Password,
        ["kind"] = "Individual",
        ["residency"] = residency,
        ["surname"] = "Akhmetov",
        ["givenName"] = "Serik",
        ["patronymic"] = "Bolatovich",
        ["taxId"] = residency == "Resident" ? Iin(n) : null,
        ["phone"] = "+77011234567",
        ["acceptUserAgreement"] = true,
        ["consentToPersonalDataProcessing"] = true,
    };

    /// <summary>A booking of truck <paramref name="truck"/> (its own VIN and plate) at a given interval.</summary>
    public static JsonObject Booking(int truck, DateOnly date, string start, string checkpoint = "DOSTYK", string kind = "Truck")
    {
        var body = BookingBase(truck, checkpoint, kind);
        body["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        body["start"] = start;
        return body;
    }

    /// <summary>Truck <paramref name="truck"/> as a priority list names it: its plate in KZ and its VIN.</summary>
    public static JsonObject ListedTruck(int truck) => new() { ["countryOfRegistration"] = "KZ", ["plate"] = Plate(truck), ["vin"] = Vin(truck) };

    /// <summary>A booking of truck <paramref name="truck"/> on a priority ground (R6), with the cargo's papers when given.</summary>
    public static JsonObject PriorityBooking(int truck, DateOnly date, string start, string ground, JsonObject? cargo = null)
    {
        var body = Booking(truck, date, start);
        body["priority"] = ground;
        if (cargo is not null)
        {
            body["cargo"] = cargo;
        }

        return body;
    }

    /// <summary>A booking of the first free interval from <paramref name="from"/>.</summary>
    public static JsonObject FirstFreeBooking(int truck, DateTimeOffset from, string checkpoint = "DOSTYK")
    {
        var body = BookingBase(truck, checkpoint, "Truck");
        body["firstFreeFrom"] = from.ToString("O", CultureInfo.InvariantCulture);
        return body;
    }

    private static JsonObject BookingBase(int truck, string checkpoint, string kind) => new()
    {
        ["checkpoint"] = checkpoint,
        ["vehicle"] = new JsonObject
        {
            ["kind"] = kind,
            ["countryOfRegistration"] = "KZ",
            ["plate"] = Plate(truck),
            ["vin"] = Vin(truck),
        },
        ["drivers"] = new JsonArray
        {
            new JsonObject
            {
                ["residency"] = "Resident",
                ["surname"] = "Bekov",
                ["givenName"] = "Arman",
                ["dateOfBirth"] = "1985-03-14",
                ["phone"] = "+77017654321",
                ["email"] = "driver@example.kz",
                ["document"] = new JsonObject
                {
                    ["type"] = "Passport",
                    ["issuingCountry"] = "KZ",
                    ["number"] = "N12345678",
                    ["expiresOn"] = "2031-05-01",
                },
            },
        },
    };
}
