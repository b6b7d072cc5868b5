using Mediator;
using Seo.Application.Ledger.Balances;
using Seo.Application.Ledger.Common;
using Seo.Application.Ledger.PaymentOrder;
using Seo.Application.Ledger.Remit;
using Seo.Application.Ledger.Report;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;

namespace Seo.WebApi.Endpoints;

/// <summary>The registrar's books: balances from the double-entry journal and the remittances to the budget (R24).</summary>
internal static class LedgerEndpoints
{
    public static RouteGroupBuilder MapLedgerEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Administration").RequireAuthorization(Policies.Registrar)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        admin.MapGet("/ledger/balance", async (Guid? carrier, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTrialBalance(carrier), ct)))
            .WithName("GetTrialBalance")
            .WithSummary("The trial balance: each ledger account's debits, credits and balance, whether the books balance, and what is not remitted yet (registrar only)")
            .WithDescription("carrier: only the lines of one account's payments, refunds, chargebacks and debts. Amounts are decimal strings in tenge " +
                "with tiyn; every journal entry is balanced, so totalDebits equals totalCredits (docs/payments.md).")
            .Produces<TrialBalanceDto>();

        admin.MapGet("/remittances/report", async (DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetRemittanceReport(from, to), ct)).ToOk())
            .WithName("GetRemittanceReport")
            .WithSummary("Per Kazakhstan day: money received, refunded and reversed, its remittance batch and what is left to remit; overdue when older than R24's limit (registrar only)")
            .WithDescription("from/to: YYYY-MM-DD, the last 7 days by default, at most 92 days (400 invalid-report-range).")
            .Produces<RemittanceReportDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        admin.MapPost("/remittances", async (IMediator mediator, CancellationToken ct) =>
            {
                var run = await mediator.Send(new RunRemittance(), ct);
                return !run.IsSuccess ? Problems.From(run.Error)
                    : run.Value is { } remittance ? TypedResults.Ok(remittance)
                    : TypedResults.NoContent();
            })
            .WithName("RunRemittance")
            .WithSummary("Form today's remittance batch now, as the daily job does, and write its payment order file (R24; registrar only)")
            .WithDescription("Covers everything received before today (Kazakhstan time) and not remitted, net of refunds and chargebacks. " +
                "200 with the batch (the same batch when it was formed today already); 204 when there is nothing to remit.")
            .Produces<RemittanceDto>()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapGet("/remittances/{number}/payment-order", async (string number, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetPaymentOrder(number), ct)).ToOk())
            .WithName("GetPaymentOrder")
            .WithSummary("The payment order of a remittance batch, in the format seo-payment-order/1 given to the bank (registrar only)")
            .Produces<PaymentOrderDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
