using Mediator;
using Seo.Application.Accounts;
using Seo.Application.Accounts.CreateStaffAccount;
using Seo.Application.Accounts.GetMyAccount;
using Seo.Application.Accounts.IssueToken;
using Seo.Application.Accounts.RecordDebt;
using Seo.Application.Accounts.Register;
using Seo.Application.Accounts.SettleDebt;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;
using Seo.WebApi.Throttling;

namespace Seo.WebApi.Endpoints;

internal static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccountEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/accounts", async (RegisterAccount command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToCreated(_ => "/api/v1/accounts/me"))
            .WithName("RegisterAccount")
            .WithSummary("Register an account and sign the user agreement (R15, R16)")
            .WithTags("Accounts")
            .AllowAnonymous()
            .WithMetadata(new RateLimitBudgetMetadata(RateLimitBudget.Registration))
            .Produces<AccountDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/accounts/me", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetMyAccount(), ct)).ToOk())
            .WithName("GetMyAccount")
            .WithSummary("The caller's account: owner data, agreement and consent")
            .WithTags("Accounts")
            .RequireAuthorization()
            .Produces<AccountDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapPost("/auth/token", async (IssueToken request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(request, ct)).ToOk())
            .WithName("IssueToken")
            .WithMetadata(new SkipIdempotency())
            .WithSummary("Exchange e-mail and password for a bearer token")
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
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

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
        return api;
    }

    /// <summary>An amount in tenge and, when recording a debt, what it is for.</summary>
    internal sealed record DebtRequest(decimal? Amount, string? Reason);
}
