using Seo.Domain.Common;

namespace Seo.Application.Tests;

internal static class ResultAssertions
{
    public static DomainError ShouldFailWith(this Result result, string code)
    {
        result.IsSuccess.ShouldBeFalse($"expected failure '{code}' but the operation succeeded");
        result.Error.Code.ShouldBe(code);
        return result.Error;
    }

    public static DomainError ShouldFailWith<T>(this Result<T> result, string code) => result.AsResult().ShouldFailWith(code);

    public static T ShouldSucceed<T>(this Result<T> result)
    {
        result.IsSuccess.ShouldBeTrue(result.Error?.ToString());
        return result.Value;
    }
}
