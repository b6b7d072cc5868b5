using Mediator;
using Seo.Application.Accounts;
using Seo.Application.Accounts.ChangePassword;
using Seo.Application.Accounts.CreateStaffAccount;
using Seo.Application.Accounts.DisableAccount;
using Seo.Application.Accounts.Dispatchers;
using Seo.Application.Accounts.EnrolTotp;
using Seo.Application.Accounts.IdentityProof;
using Seo.Application.Accounts.GetMyAccount;
using Seo.Application.Accounts.IssueToken;
using Seo.Application.Accounts.RecordDebt;
using Seo.Application.Accounts.RefreshToken;
using Seo.Application.Accounts.Register;
using Seo.Application.Accounts.SettleDebt;
using Seo.Application.Accounts.SignOut;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;
using Seo.WebApi.Throttling;

namespace Seo.WebApi.Endpoints;

internal static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccountEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/accounts", async (RegisterAccount command, IMediator mediator, CancellationToken ct) =>
                RegistrationAccepted.AlikeWhenTheEmailWasTaken(await mediator.Send(command, ct), command).ToAccepted())
            .WithName("RegisterAccount")
            .WithSummary("Register an account and sign the user agreement (R15, R16)")
            .WithDescription("The answer is 202 with the same body whether or not the e-mail already has an account (its holder is then told " +
                "by e-mail, and nothing is made); sign in with POST /auth/token for the account id. 400 for bad input, e.g. weak-password, invalid-iin.")
            .WithTags("Accounts")
            .AllowAnonymous()
            .WithMetadata(new RateLimitBudgetMetadata(RateLimitBudget.Registration))
            .Produces<RegistrationAccepted>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/accounts/me", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetMyAccount(), ct)).ToOk())
            .WithName("GetMyAccount")
            .WithMetadata(new AllowDuringSetup())
            .WithSummary("The caller's account: owner data, agreement and consent")
            .WithTags("Accounts")
            .RequireAuthorization()
            .Produces<AccountDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        MapIdentityProof(api);

        api.MapPost("/auth/token", async (IssueToken request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(request, ct)).ToOk())
            .WithName("IssueToken")
            .WithMetadata(new SkipIdempotency())
            .WithSummary("Exchange e-mail and password (and the authenticator's code for staff) for a short access token and a refresh token (a new session)")
            .WithDescription("Repeated failures lock the e-mail, and the client address, for a while that grows with each further failure: "
                + "429 sign-in-locked with Retry-After, the same answer whether or not an account has the e-mail. "
                + "503 password-check-busy (Retry-After) when the server is checking as many passwords as it allows at once. "
                + "The answer is never cached (Cache-Control: no-store).")
            .WithTags("Accounts")
            .AllowAnonymous()
            .WithMetadata(new RateLimitBudgetMetadata(RateLimitBudget.SignIn))
            .AddEndpointFilter<NoStoreFilter>()
            .Produces<TokenDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapPost("/auth/token/refresh", async (RefreshRequest request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RefreshToken(request.RefreshToken), ct)).ToOk())
            .WithName("RefreshToken")
            .WithMetadata(new SkipIdempotency())
            .WithSummary("Exchange a refresh token for a new access token and the next refresh token; a refresh token used twice ends its session")
            .WithTags("Accounts")
            .AllowAnonymous()
            .AddEndpointFilter<NoStoreFilter>()
            .Produces<TokenDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapPost("/auth/sign-out", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SignOut(), ct)).ToNoContent())
            .WithName("SignOut")
            .WithMetadata(new AllowDuringSetup())
            .WithMetadata(new SkipIdempotency())
            .WithSummary("End this session: its refresh token and access tokens stop at once")
            .WithTags("Accounts")
            .RequireAuthorization()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapPost("/accounts/me/password", async (ChangePassword command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToOk())
            .WithName("ChangePassword")
            .WithMetadata(new SkipIdempotency(), new AllowDuringSetup())
            .WithSummary("Set a new password, giving the current one; every other session ends, and the answer is a new session")
            .WithTags("Accounts")
            .RequireAuthorization()
            .AddEndpointFilter<NoStoreFilter>()
            .Produces<TokenDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapPost("/accounts/me/totp", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new EnrolTotp(), ct)).ToOk())
            .WithName("EnrolTotp")
            .WithMetadata(new SkipIdempotency(), new AllowDuringSetup())
            .WithSummary("Start enrolling an authenticator: a new TOTP secret, shown once as an otpauth:// URI; a code made with it confirms it")
            .WithTags("Accounts")
            .RequireAuthorization()
            .AddEndpointFilter<NoStoreFilter>()
            .Produces<TotpEnrolmentDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/accounts/me/totp/confirm", async (TotpCodeRequest request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ConfirmTotp(request.Code), ct)).ToOk())
            .WithName("ConfirmTotp")
            .WithMetadata(new SkipIdempotency(), new AllowDuringSetup())
            .WithSummary("Confirm the authenticator with its current code; every other session ends, and the answer is a new session")
            .WithTags("Accounts")
            .RequireAuthorization()
            .AddEndpointFilter<NoStoreFilter>()
            .Produces<TokenDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/admin/users", async (CreateStaffAccount command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToCreated())
            .WithName("CreateStaffAccount")
            .WithMetadata(new SkipIdempotency())
            .WithSummary("Create an officer, analyst, device or registrar account (registrar only)")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            .Produces<StaffAccountCreated>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/admin/accounts/{id:guid}/debt", async (Guid id, DebtRequest request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RecordDebt(id, request.Amount, request.Reason), ct)).ToOk())
            .WithName("RecordDebt")
            .WithSummary("Record a user's debt; booking is blocked until it is paid in full (R27, registrar only)")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            .Produces<AccountDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/admin/accounts/{id:guid}/debt/settlements", async (Guid id, DebtRequest request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SettleDebt(id, request.Amount), ct)).ToOk())
            .WithName("SettleDebt")
            .WithSummary("Record a payment against a user's debt (R27, registrar only)")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            .Produces<AccountDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/admin/accounts/{id:guid}/disable", async (Guid id, ReasonRequest request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new DisableAccount(id, request.Reason), ct)).ToOk())
            .WithName("DisableAccount")
            .WithSummary("Disable an account, saying why: its tokens and sessions stop at once (registrar only)")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            .Produces<AccountDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/admin/accounts/{id:guid}/enable", async (Guid id, ReasonRequest request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new EnableAccount(id, request.Reason), ct)).ToOk())
            .WithName("EnableAccount")
            .WithSummary("Enable a disabled account again, saying why; its holder signs in afresh (registrar only)")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            .Produces<AccountDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    /// <summary>R15: the owner proves the account's IIN/BIN with a certificate, and an organisation delegates dispatchers (docs/identity.md).</summary>
    private static void MapIdentityProof(RouteGroupBuilder api)
    {
        var me = api.MapGroup("/accounts/me").WithTags("Accounts").RequireAuthorization(Policies.User)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        me.MapPost("/identity-proof/challenge", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new IssueIdentityChallenge(), ct)).ToCreated())
            .WithName("IssueIdentityChallenge")
            .WithMetadata(new SkipIdempotency())
            .WithSummary("A challenge for the owner to sign with the digital-signature certificate carrying the account's IIN/BIN (R15)")
            .WithDescription("Sign the UTF-8 bytes of 'challenge' (RSA or ECDSA with SHA-256) before 'expiresAt'; a new challenge replaces the one before. " +
                "409 no-tax-id-to-prove for an account without IIN/BIN, owner-identity-already-proven once proven.")
            .Produces<IdentityChallengeDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        me.MapPost("/identity-proof", async (ProveIdentity command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToOk())
            .WithName("ProveIdentity")
            .WithSummary("Send the signed challenge and the certificate chain; a verified certificate with the account's IIN/BIN proves it (R15, R16.3)")
            .WithDescription("'certificates': base64 DER, the signer's first, then intermediates. Refusals: 409 identity-challenge-not-found, " +
                "identity-challenge-expired, identity-challenge-used, tax-id-already-proven; 403 identity-signature-invalid, identity-certificate-untrusted, " +
                "identity-certificate-expired, identity-certificate-not-for-signing, identity-tax-id-mismatch; 400 invalid-certificate.")
            .Produces<AccountDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        me.MapGet("/dispatchers", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListDispatchers(), ct)).ToOk())
            .WithName("ListDispatchers")
            .WithSummary("The organisation's dispatchers, revoked ones included (R15)")
            .Produces<IReadOnlyList<DispatcherDto>>();

        me.MapPost("/dispatchers", async (AddDispatcher command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToCreated())
            .WithName("AddDispatcher")
            .WithSummary("Let another user account (by its account id) book the organisation's trucks, with 'onBehalfOf' (R15; proven legal entities only)")
            .Produces<DispatcherDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        me.MapDelete("/dispatchers/{accountId:guid}", async (Guid accountId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RevokeDispatcher(accountId), ct)).ToNoContent())
            .WithName("RevokeDispatcher")
            .WithSummary("Stop a dispatcher at once: its next booking for the organisation is refused (R15)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The authenticator's current six-digit code.</summary>
    internal sealed record TotpCodeRequest(string? Code);

    /// <summary>The refresh token from the last token answer.</summary>
    internal sealed record RefreshRequest(string? RefreshToken);

    /// <summary>Why the registrar does it (kept in the account and the audit trail).</summary>
    internal sealed record ReasonRequest(string? Reason);

    /// <summary>An amount in tenge and, when recording a debt, what it is for.</summary>
    internal sealed record DebtRequest(decimal? Amount, string? Reason);
}
