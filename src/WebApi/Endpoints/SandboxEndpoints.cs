using Mediator;
using Seo.Application.Sandbox.AdvanceClock;
using Seo.Application.Sandbox.Common;
using Seo.Application.Sandbox.DeleteRegistryRecord;
using Seo.Application.Sandbox.IssueTestCertificate;
using Seo.Application.Sandbox.ListRegistries;
using Seo.Application.Sandbox.ListRegistryRecords;
using Seo.Application.Sandbox.PutRegistryRecord;
using Seo.Application.Sandbox.ResetRegistries;
using Seo.Application.Sandbox.SwitchRegistryService;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;

namespace Seo.WebApi.Endpoints;

/// <summary>
/// The sandbox's registrar manages the simulated state registries, so integrators can reproduce
/// every answer of the checks of R18 (docs/demo-registries.md). Mapped only in sandbox mode.
/// </summary>
internal static class SandboxEndpoints
{
    private const string Tag = "Sandbox";

    public static RouteGroupBuilder MapSandboxEndpoints(this RouteGroupBuilder api)
    {
        var sandbox = api.MapGroup("/sandbox/registries").WithTags(Tag).RequireAuthorization(Policies.Registrar)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        sandbox.MapGet("/", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListRegistries(), ct)).ToOk())
            .WithName("ListSandboxRegistries")
            .WithSummary("The simulated registries: the check each answers, its key and fields, its record count, whether it is in service (sandbox, registrar only)")
            .Produces<IReadOnlyList<RegistrySummary>>();

        sandbox.MapGet("/{registry}/records", async (string registry, string? search, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                Registry(registry, out var parsed) ?? (await mediator.Send(new ListRegistryRecords(parsed, search, page ?? 1, pageSize ?? 50), ct)).ToOk())
            .WithName("ListSandboxRegistryRecords")
            .WithSummary("A simulated registry's records, those whose key, reference or holder contain 'search' when given (sandbox, registrar only)")
            .Produces<RegistryRecordPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        // A declaration number may hold '/', so the key is the rest of the path.
        sandbox.MapPut("/{registry}/records/{**key}", async (string registry, string key, RegistryRecordBody body, IMediator mediator, CancellationToken ct) =>
                Registry(registry, out var parsed) ?? (await mediator.Send(body.ToCommand(parsed, key), ct)).ToOk())
            .WithName("PutSandboxRegistryRecord")
            .WithSummary("Create a record of a simulated registry, or replace the one with the same key (sandbox, registrar only)")
            .WithDescription("The key's meaning and the fields each registry uses are listed by GET /sandbox/registries; a field the registry does not use is refused.")
            .Produces<RegistryRecordWritten>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        sandbox.MapDelete("/{registry}/records/{**key}", async (string registry, string key, IMediator mediator, CancellationToken ct) =>
                Registry(registry, out var parsed) ?? (await mediator.Send(new DeleteRegistryRecord(parsed, key), ct)).ToNoContent())
            .WithName("DeleteSandboxRegistryRecord")
            .WithSummary("Remove a record of a simulated registry (sandbox, registrar only)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        sandbox.MapPut("/{registry}/service", async (string registry, RegistryServiceBody body, IMediator mediator, CancellationToken ct) =>
                Registry(registry, out var parsed) ?? (await mediator.Send(new SwitchRegistryService(parsed, body.InService), ct)).ToOk())
            .WithName("SwitchSandboxRegistryService")
            .WithSummary("Take a simulated registry out of service (its check answers 'unavailable') or back into service (sandbox, registrar only)")
            .Produces<RegistrySummary>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        sandbox.MapPost("/reset", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ResetRegistries(), ct)).ToNoContent())
            .WithName("ResetSandboxRegistries")
            .WithSummary("Put every simulated registry back to the demo data set, dated from today, all in service (sandbox, registrar only)")
            .Produces(StatusCodes.Status204NoContent);

        MapClock(api);

        api.MapPost("/sandbox/identity-certificates", async (IssueTestCertificate command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToCreated())
            .WithName("IssueSandboxIdentityCertificate")
            .WithTags(Tag)
            .RequireAuthorization(Policies.User)
            .WithSummary("A test signing certificate for the caller's IIN/BIN over the public key sent, from the sandbox test root (sandbox, users)")
            .WithDescription("Send 'publicKey' (base64 DER SubjectPublicKeyInfo, RSA 2048+ or EC); the private key stays with the caller, who signs the " +
                "identity-proof challenge with it. 'taxId' asks for another IIN/BIN, to try a refusal. The certificate carries the IIN in the subject's " +
                "SERIALNUMBER (individuals) or the BIN in its OU (legal entities), as the national CA's do; only the sandbox trusts its root.")
            .Produces<TestCertificateDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    /// <summary>The sandbox clock: read it, or move it forward and run the clock-driven sweeps (docs/checkpoint-simulator.md).</summary>
    private static void MapClock(RouteGroupBuilder api)
    {
        var clock = api.MapGroup("/sandbox/clock").WithTags(Tag).RequireAuthorization(Policies.Registrar)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        clock.MapGet("/", (SandboxClockAdvance advance) => Results.Ok(advance.Read()))
            .WithName("GetSandboxClock")
            .WithSummary("The sandbox clock's reading and how far ahead of the real time it runs (sandbox, registrar only)")
            .Produces<SandboxClockDto>();

        clock.MapPost("/", async (SandboxClockBody body, SandboxClockAdvance advance, CancellationToken ct) =>
                (await advance.AdvanceToAsync(body.To, body.AnnulNoShows ?? true, ct)).ToOk())
            .WithName("AdvanceSandboxClock")
            .WithSummary("Move the sandbox clock forward to 'to', then run hold expiry, the R29 reminders, the R34 calls, the R35 no-show sweep and message delivery at once (sandbox, registrar only)")
            .WithDescription("The clock only moves forward (409 sandbox-clock-not-ahead) and at most 366 days at a time (400 invalid-clock-target). " +
                "Every reading of the app moves with it: deadlines, tokens, device timestamps, the live view's day. The offset is this process's: " +
                "run a sandbox that is played this way as one instance. 'swept' says what each sweep changed.")
            .Produces<SandboxClockDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>Null when the path names a registry; otherwise the 404 to answer.</summary>
    private static IResult? Registry(string name, out SimulatedRegistry registry) =>
        RegistryCatalog.TryParse(name, out registry)
            ? null
            : Problems.Of(StatusCodes.Status404NotFound, "registry-not-found", $"No simulated registry is called '{name}'; GET /api/v1/sandbox/registries lists them.");

    /// <summary>A record of a simulated registry; which fields a registry uses, GET /sandbox/registries says.</summary>
    /// <param name="Reference">The registry's own number for the record (policy, protocol, permit…).</param>
    /// <param name="Holder">Vehicles: the owner's IIN/BIN. MobileCitizens: the driver's document number.</param>
    /// <param name="Vin">VeterinaryCertificates, CustomsDeclarations: the vehicle the document is for.</param>
    /// <param name="Plate">Vehicles: the plate the vehicle is registered under.</param>
    /// <param name="LicenceCategories">DriverLicences: e.g. ["C", "CE"].</param>
    /// <param name="Goods">CustomsDeclarations: what the goods are (proves an R6 priority ground).</param>
    /// <param name="ValidUntil">Documents with a term: their last valid day.</param>
    /// <param name="Released">CustomsDeclarations: whether customs released the goods.</param>
    /// <param name="Note">What the entry is about, shown in a refusal.</param>
    internal sealed record RegistryRecordBody(
        string? Reference, string? Holder, string? Vin, string? Plate, IReadOnlyList<string>? LicenceCategories, GoodsCategory? Goods,
        DateOnly? ValidUntil, bool? Released, string? Note)
    {
        public PutRegistryRecord ToCommand(SimulatedRegistry registry, string key) =>
            new(registry, key, Reference, Holder, Vin, Plate, LicenceCategories, Goods, ValidUntil, Released, Note);
    }

    /// <param name="To">The moment to move the clock to, ISO 8601 with offset; later than its reading.</param>
    /// <param name="AnnulNoShows">False skips the R35 no-show sweep on this move (default true), so a truck can turn up late before it runs.</param>
    internal sealed record SandboxClockBody(DateTimeOffset? To, bool? AnnulNoShows);

    /// <param name="InService">False takes the registry out of service; true brings it back.</param>
    internal sealed record RegistryServiceBody(bool? InService);
}
