using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Seo.Infrastructure.Persistence;

/// <summary>
/// Runs Ardalis specifications against EF Core: the core package's criteria, order and paging
/// evaluators, plus the one EF-specific concern the specifications use (no-tracking reads).
/// Ardalis.Specification.EntityFrameworkCore is not available to the project, and this is all
/// of it that Seo needs.
/// </summary>
internal sealed class EfSpecificationEvaluator : ISpecificationEvaluator
{
    public static EfSpecificationEvaluator Instance { get; } = new();

    private static readonly IEvaluator[] Evaluators =
    [
        WhereEvaluator.Instance,
        OrderEvaluator.Instance,
        PaginationEvaluator.Instance,
        AsNoTrackingEvaluator.Instance,
    ];

    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification, bool evaluateCriteriaOnly = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        foreach (var evaluator in Evaluators.Where(e => !evaluateCriteriaOnly || e.IsCriteriaEvaluator))
        {
            query = evaluator.GetQuery(query, specification);
        }

        return query;
    }

    public IQueryable<TResult> GetQuery<T, TResult>(IQueryable<T> query, ISpecification<T, TResult> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        var selector = specification.Selector ?? throw new InvalidOperationException("A projecting specification needs a selector.");
        return GetQuery(query, (ISpecification<T>)specification).Select(selector);
    }

    private sealed class AsNoTrackingEvaluator : IEvaluator
    {
        public static AsNoTrackingEvaluator Instance { get; } = new();

        public bool IsCriteriaEvaluator => false;

        public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
            where T : class =>
            specification.AsNoTracking ? query.AsNoTracking() : query;
    }
}
