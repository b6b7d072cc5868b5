using Seo.Domain.Common;

namespace Seo.Tests.Shared;

/// <summary>Assertions on <see cref="Result"/>, compiled into each test project that needs them (tests/Shared).</summary>
internal static class ResultAssertions
{
    /// <summary>Asserts a failure with <paramref name="code"/> and returns its error.</summary>
    public static DomainError ShouldFailWith(this Result result, string code)
    {
        result.IsSuccess.ShouldBeFalse($"expected failure '{code}' but the operation succeeded");
        result.Error.Code.ShouldBe(code);
        return result.Error;
    }

    /// <summary>Asserts a failure with <paramref name="code"/> and returns its error.</summary>
    public static DomainError ShouldFailWith<T>(this Result<T> result, string code) => result.AsResult().ShouldFailWith(code);

    public static void ShouldSucceed(this Result result) =>
        result.IsSuccess.ShouldBeTrue(result.Error?.ToString());

    public static T ShouldSucceed<T>(this Result<T> result)
    {
        result.IsSuccess.ShouldBeTrue(result.Error?.ToString());
        return result.Value;
    }
}
