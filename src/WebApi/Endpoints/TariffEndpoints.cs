using Mediator;
using Microsoft.OpenApi;
using Seo.Application.Tariffs;
using Seo.Application.Tariffs.EnterTariffRevision;
using Seo.Application.Tariffs.GetTariffs;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;

namespace Seo.WebApi.Endpoints;

internal static class TariffEndpoints
{
    public static RouteGroupBuilder MapTariffEndpoints(this RouteGroupBuilder api)
    {
        var tariffs = api.MapGroup("/admin/tariffs").WithTags("Administration").RequireAuthorization(Policies.Registrar);

        tariffs.MapGet("/", async (DateOnly? date, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetTariffs(date), ct)).ToOk())
            .WithName("GetTariffs")
            .WithSummary("The fees in force on a day and the tariff's whole history, who entered each entry and when (R25, R26; registrar only)")
            .WithDescription("date: the day whose fees to show (YYYY-MM-DD, Kazakhstan time), today by default. version is the number of the " +
                "last entry; each fee shows its MRP, the MRP's value in tenge and the amount. Fees are fixed when a booking is issued: a later " +
                "entry never changes one already issued.")
            .Produces<TariffsDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        tariffs.MapPost("/", async (EnterTariffRevision command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToCreated())
            .WithName("EnterTariffRevision")
            .WithSummary("Enter a fee in MRP or the MRP's value in tenge from a day still to come; it becomes the tariff's next version (R25, R26; registrar only)")
            .WithDescription("item: BookingFee, PaidRescheduleFee or ExpeditedFee (value in MRP, as order No. 538 sets it) or Mrp (value in tenge, " +
                "as the year's budget law sets it); at most two decimals. effectiveFrom: a day after today (Kazakhstan time), else 400 " +
                "tariff-not-in-the-future. reason: the order or law it comes from. Entries are never changed: a correction is a new entry. " +
                "409 concurrent-change when another registrar entered one at the same moment: enter it again.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                if (operation.RequestBody?.Content?.TryGetValue("application/json", out var body) == true)
                {
                    body.Example = System.Text.Json.Nodes.JsonNode.Parse(
                        """{"item":"Mrp","value":4325,"effectiveFrom":"2027-01-01","reason":"Law on the republican budget for 2027, article 9"}""");
                }

                return Task.CompletedTask;
            })
            .Produces<TariffRevisionDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }
}
