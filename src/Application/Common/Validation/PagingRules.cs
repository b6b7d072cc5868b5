using FluentValidation;

namespace Seo.Application.Common.Validation;

/// <summary>The paging every listing accepts, refused as <c>invalid-paging</c> when out of range.</summary>
public static class PagingRules
{
    public const string Code = "invalid-paging";

    /// <summary>The deepest page a listing serves: further offsets cost the store more than any reader needs.</summary>
    public const int MaxPage = 100_000;

    /// <summary>How many pages of <paramref name="pageSize"/> hold <paramref name="total"/> items: every page envelope's totalPages.</summary>
    public static int PageCount(int total, int pageSize) => (int)PageCount((long)total, pageSize);

    /// <inheritdoc cref="PageCount(int, int)"/>
    public static long PageCount(long total, int pageSize) => pageSize <= 0 ? 0 : (total + pageSize - 1) / pageSize;

    public static IRuleBuilderOptions<T, int> IsAPage<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, MaxPage).WithErrorCode(Code);

    public static IRuleBuilderOptions<T, int> IsAPageSize<T>(this IRuleBuilder<T, int> rule, int maxPageSize) =>
        rule.InclusiveBetween(1, maxPageSize).WithErrorCode(Code);
}
