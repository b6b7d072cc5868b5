using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

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

    /// <summary>
    /// Registers the owner's account (a resident legal entity whose BIN the setup put on file, so
    /// the resident subset of R19 applies and check 1 finds the owner), signs in and proves the BIN
    /// with a sandbox test certificate (R15). Returns the access token.
    /// </summary>
    public async Task<string> RegisterOwnerAsync(HttpClient http, CancellationToken cancellationToken, string organisationName = "Load Driver LLP")
    {
        var accessToken = await RegisterAndSignInAsync(http, organisationName, cancellationToken);
        await SandboxIdentityProof.ProveAsync(http, accessToken, cancellationToken);
        return accessToken;
    }

    /// <summary>Registers an account under this fleet's BIN and signs in, without proving the BIN (enough to read).</summary>
    public async Task<string> RegisterAndSignInAsync(HttpClient http, string organisationName, CancellationToken cancellationToken)
    {
        var email = $"load-{Guid.NewGuid():N}@example.kz";
        const string password = "load-driver-password";
        using var registered = await WhilePasswordChecksBusyAsync(() => http.PostAsJsonAsync("/api/v1/accounts", new
        {
            email,
            password,
            kind = "LegalEntity",
            residency = "Resident",
            organisationName,
            taxId = OwnerBin,
            phone = "+77011234567",
            acceptUserAgreement = true,
            consentToPersonalDataProcessing = true,
        }, cancellationToken), cancellationToken);
        if (registered.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"register: {(int)registered.StatusCode} {await registered.Content.ReadAsStringAsync(cancellationToken)}");
        }

        using var token = await WhilePasswordChecksBusyAsync(() => http.PostAsJsonAsync("/api/v1/auth/token", new { email, password }, cancellationToken), cancellationToken);
        if (token.StatusCode != HttpStatusCode.OK)
        {
            // E.g. 429 when an earlier unpaced flood from this address spent its sign-in budget: start a fresh API.
            throw new InvalidOperationException($"sign-in: {(int)token.StatusCode} {await token.Content.ReadAsStringAsync(cancellationToken)}");
        }

        var body = await token.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return body.GetProperty("accessToken").GetString()!;
    }

    /// <summary>
    /// Sends again, after the Retry-After it names, a request the API's password gate turned away
    /// (503 password-check-busy): it starts a few password checks a second, and a fleet registering
    /// and signing in its clients all at once asks for more.
    /// </summary>
    private static async Task<HttpResponseMessage> WhilePasswordChecksBusyAsync(Func<Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await send();
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt == 60
                || !(await response.Content.ReadAsStringAsync(cancellationToken)).Contains("password-check-busy", StringComparison.Ordinal))
            {
                return response;
            }

            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            response.Dispose();
            await Task.Delay(wait, cancellationToken);
        }
    }

    /// <summary>
    /// A request for truck <paramref name="truck"/> with the one shared driver: a resident on a
    /// Kazakh identity card, whose licence, documents, biometrics and phone the setup put on file.
    /// </summary>
    public object BookingBody(string checkpoint, DateTimeOffset firstFreeFrom, int truck) => new
    {
        checkpoint,
        firstFreeFrom,
        vehicle = new
        {
            kind = "SemiTrailerTractor",
            countryOfRegistration = "KZ",
            plate = Plate(truck),
            vin = Vin(truck),
        },
        drivers = new[]
        {
            new
            {
                residency = "Resident",
                surname = "Driver",
                givenName = "Load",
                dateOfBirth = "1985-05-05",
                phone = DriverPhone,
                email = "driver@example.kz",
                document = new { type = "IdentityCard", issuingCountry = "KZ", number = DriverDocument, expiresOn = "2031-01-01" },
            },
        },
    };
}
