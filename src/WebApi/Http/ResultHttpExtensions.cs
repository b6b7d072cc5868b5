using Seo.Domain.Common;

namespace Seo.WebApi.Http;

/// <summary>Turns a use case's result into an HTTP answer: the value, or its problem details.</summary>
internal static class ResultHttpExtensions
{
    public static IResult ToOk<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : Problems.From(result.Error);

    public static IResult ToCreated<T>(this Result<T> result, Func<T, string> location) =>
        result.IsSuccess ? TypedResults.Created(location(result.Value), result.Value) : Problems.From(result.Error);

    /// <summary>201 for something created that has no address of its own to read back.</summary>
    public static IResult ToCreated<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.Created((string?)null, result.Value) : Problems.From(result.Error);

    /// <summary>202 for a request taken whose outcome the answer does not tell.</summary>
    public static IResult ToAccepted<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.Accepted((string?)null, result.Value) : Problems.From(result.Error);

    public static IResult ToNoContent(this Result result) =>
        result.IsSuccess ? TypedResults.NoContent() : Problems.From(result.Error);
}
