using System.Globalization;
using System.Text;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Seo.Application.OpenData.GetCheckpointDays;
using Seo.WebApi.Http;
using Seo.WebApi.OpenApi;

namespace Seo.WebApi.Endpoints;

/// <summary>The checkpoints' figures for anyone (docs/capacity.md, "Open data").</summary>
internal static class OpenDataEndpoints
{
    /// <summary>Shared caches keep the figures five minutes: they move with the traffic, not by the second.</summary>
    public const int MaxAgeSeconds = 300;

    public const string Csv = "text/csv";

    public static RouteGroupBuilder MapOpenDataEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/open-data/checkpoints/{code}/days", async (string code, DateOnly? from, DateOnly? to, string? format, HttpContext http, IMediator mediator, IOptions<JsonOptions> json) =>
            {
                var days = await mediator.Send(new GetCheckpointDays(code, from, to), http.RequestAborted);
                if (!days.IsSuccess)
                {
                    return Problems.From(days.Error);
                }

                return WantsCsv(format, http.Request)
                    ? CacheableAnswer.Of(http, Encoding.UTF8.GetBytes(ToCsv(days.Value)), $"{Csv}; charset=utf-8", MaxAgeSeconds)
                    : CacheableAnswer.Of(http, JsonSerializer.SerializeToUtf8Bytes(days.Value, json.Value.SerializerOptions), "application/json", MaxAgeSeconds);
            })
            .WithName("GetCheckpointOpenData")
            .WithSummary("A checkpoint's open data by day (R22, R6): capacity, booked, arrived, crossed, no-shows, and the waits from arrival to entry and from the booked time to the crossing")
            .WithDescription("Anonymous. from, to: checkpoint-local days (YYYY-MM-DD), the seven days to today by default, at most 92. JSON by default; " +
                "CSV with format=csv or Accept: text/csv (one row per day, the same columns). Waits are minutes, averaged and at the 90th percentile " +
                "(nearest rank), null where no vehicle has both instants. Public and cacheable: Cache-Control: public, max-age=300; ETag, " +
                "If-None-Match → 304. Names no vehicle, owner or driver.")
            .WithTags("Open data")
            .AllowAnonymous()
            .Produces<CheckpointDaysDto>(contentType: "application/json")
            // The same answer as CSV: declared beside the JSON, since a second Produces for 200 would replace it.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                if (operation.Responses?["200"] is OpenApiResponse ok)
                {
                    ok.Content ??= new Dictionary<string, OpenApiMediaType>();
                    ok.Content[Csv] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
                }

                return Task.CompletedTask;
            })
            .WithCacheableAnswer()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static bool WantsCsv(string? format, HttpRequest request) =>
        string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
        || (format is null && request.Headers.Accept.ToString().Contains(Csv, StringComparison.OrdinalIgnoreCase));

    /// <summary>One header line, then one line per day; numbers in the invariant culture, an empty cell for no figure.</summary>
    public static string ToCsv(CheckpointDaysDto days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var csv = new StringBuilder("checkpoint,date,capacity,booked,arrived,crossed,noShows,annulledLate,refusedEntry,averageWaitMinutes,p90WaitMinutes,averageBookedToCrossingMinutes,p90BookedToCrossingMinutes\n");
        foreach (var day in days.Days)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{days.Checkpoint},{day.Date:yyyy-MM-dd},{day.Capacity},{day.Booked},{day.Arrived},{day.Crossed},{day.NoShows},{day.AnnulledLate},{day.RefusedEntry},")
                .Append(CultureInfo.InvariantCulture, $"{day.AverageWaitMinutes},{day.P90WaitMinutes},{day.AverageBookedToCrossingMinutes},{day.P90BookedToCrossingMinutes}\n");
        }

        return csv.ToString();
    }
}
