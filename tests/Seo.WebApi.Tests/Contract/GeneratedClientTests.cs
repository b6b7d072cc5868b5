using System.Net.Http.Headers;
using System.Security.Cryptography;
using NJsonSchema.CodeGeneration.CSharp;
using Seo.Client;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Contract;

/// <summary>
/// The contract is good enough when a client generated from it works: NSwag's C# client of
/// contracts/openapi.v1.json is committed (clients/csharp), builds with warnings as errors, and runs
/// the README's flow against the API.
/// </summary>
public sealed class GeneratedClientTests
{
    private static readonly string ClientPath = Path.Combine(RepositoryRoot.Path, "clients", "csharp", "SeoClient.g.cs");

    [Fact]
    public async Task The_committed_CSharp_client_is_the_one_NSwag_generates_from_the_committed_contract()
    {
        var contract = await OpenApiDocument.FromFileAsync(Path.Combine(RepositoryRoot.Path, "contracts", "openapi.v1.json"));
        var generated = new CSharpClientGenerator(contract, Settings()).GenerateFile().ReplaceLineEndings("\n");

        if (Environment.GetEnvironmentVariable("SEO_UPDATE_CONTRACT") == "1")
        {
            await File.WriteAllTextAsync(ClientPath, generated);
        }

        (await File.ReadAllTextAsync(ClientPath)).ReplaceLineEndings("\n").ShouldBe(generated,
            "clients/csharp/SeoClient.g.cs is not what NSwag makes of contracts/openapi.v1.json; run with SEO_UPDATE_CONTRACT=1 and commit it.");
    }

    [Fact]
    public async Task The_README_flow_runs_through_the_generated_client_register_prove_book_pay_reschedule_cancel()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:Sandbox:Enabled"] = "true" });
        var n = TestData.Next();
        var day = SeoApiFactory.Today.AddDays(3);
        var later = day.AddDays(2);
        var anonymous = new SeoClient(api.CreateClient());

        // 1–2. Register an organisation and sign in.
        await anonymous.RegisterAccountAsync(null, new RegisterAccount
        {
            Email = TestData.Email(n), Password = TestData.Password, Kind = OwnerKind.LegalEntity, Residency = Residency.Resident,
            OrganisationName = "Operator LLP", TaxId = TestData.Bin(n), Phone = "+77011234567",
            AcceptUserAgreement = true, ConsentToPersonalDataProcessing = true,
        });
        var token = await anonymous.IssueTokenAsync(new IssueToken { Email = TestData.Email(n), Password = TestData.Password });
        var http = api.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        var carrier = new SeoClient(http);

        // 2b. Prove the BIN with a key the sandbox test root certifies (R15).
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var certificates = await carrier.IssueSandboxIdentityCertificateAsync(null, new IssueTestCertificate { PublicKey = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()) });
        var challenge = await carrier.IssueIdentityChallengeAsync();
        var proven = await carrier.ProveIdentityAsync(null, new ProveIdentity
        {
            Challenge = challenge.Challenge, Signature = TestCertificates.Sign(key, challenge.Challenge), Certificates = certificates.Certificates,
        });
        proven.IdentityProof.ShouldBe(IdentityProofState.Proven);

        // 3. The 41 checkpoints and Dostyk's day.
        (await anonymous.ListCheckpointsAsync()).Count.ShouldBe(41);
        (await anonymous.GetAvailabilityAsync("DOSTYK", day, day)).Intervals.ShouldNotBeEmpty();

        // 4. Book an interval, once, however often the request is retried.
        var request = new CreateBooking
        {
            Checkpoint = "DOSTYK", Date = day, Start = "10:00",
            Vehicle = new VehicleInput { Kind = VehicleKind.Truck, CountryOfRegistration = "KZ", Plate = TestData.Plate(n), Vin = TestData.Vin(n) },
            Drivers =
            [
                new DriverInput
                {
                    Residency = Residency.Resident, Surname = "Abenov", GivenName = "Arman", DateOfBirth = new DateOnly(1985, 5, 15),
                    Phone = "+77010000001", Email = "driver@example.kz",
                    Document = new DocumentInput { Type = IdentityDocumentType.IdentityCard, IssuingCountry = "KZ", Number = "N0000001", ExpiresOn = new DateOnly(2031, 1, 1) },
                },
            ],
        };
        var booking = await carrier.CreateBookingAsync($"first-booking-{n}", request);
        (await carrier.CreateBookingAsync($"first-booking-{n}", request)).Id.ShouldBe(booking.Id);
        booking.Status.ShouldBe(BookingStatus.AwaitingPayment);
        (await carrier.GetBookingChecksAsync(booking.Id)).Items.ShouldNotBeEmpty();

        // 5. Pay through the sandbox acquirer: approved at once, the booking is confirmed, with its receipt.
        await carrier.PayBookingAsync(booking.Id, null);
        (await carrier.GetBookingAsync(booking.Id)).Status.ShouldBe(BookingStatus.Confirmed);
        var payment = (await carrier.ListMyPaymentsAsync(booking.Id)).ShouldHaveSingleItem();
        (await carrier.GetReceiptAsync(payment.Id, null)).Amount.Amount.ShouldBe(payment.Amount.Amount);

        // 6–7. Two free reschedules (R28), then the third asks for the fee.
        (await carrier.RescheduleBookingAsync(booking.Id, null, new RescheduleRequest { Date = later, Start = "11:00" })).FreeReschedulesLeft.ShouldBe(1);
        (await carrier.RescheduleBookingAsync(booking.Id, null, new RescheduleRequest { Date = later, Start = "12:00" })).FreeReschedulesLeft.ShouldBe(0);
        (await carrier.RescheduleBookingAsync(booking.Id, null, new RescheduleRequest { Date = later, Start = "13:00" })).AmountDue.ShouldNotBeNull();

        // 8. Cancel (R28): cancelled, the fee stays paid.
        (await carrier.CancelBookingAsync(booking.Id, null)).Status.ShouldBe(BookingStatus.Cancelled);
        (await carrier.GetBookingAsync(booking.Id)).Paid.Amount.ShouldBe(payment.Amount.Amount);

        // A refusal reaches the generated client as its typed problem.
        var refused = await Should.ThrowAsync<ApiException<ProblemDetails>>(() => carrier.GetBookingAsync(Guid.NewGuid()));
        refused.StatusCode.ShouldBe(404);
        refused.Result.Code.ShouldBe("booking-not-found");
    }

    /// <summary>How an integrator would generate it: one client class and its interface, System.Text.Json, nullable annotations.</summary>
    private static CSharpClientGeneratorSettings Settings() => new()
    {
        ClassName = "SeoClient",
        GenerateClientInterfaces = true,
        UseBaseUrl = false,
        CSharpGeneratorSettings =
        {
            Namespace = "Seo.Client",
            JsonLibrary = CSharpJsonLibrary.SystemTextJson,
            GenerateNullableReferenceTypes = true,
            GenerateOptionalPropertiesAsNullable = true,
            DateType = "System.DateOnly",
        },
    };
}
