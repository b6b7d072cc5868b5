using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Ports;

namespace Seo.Infrastructure.Persistence;

internal sealed class EfRepository<T>(SeoDbContext db) : IRepository<T>
    where T : class
{
    public async Task AddAsync(T aggregate, CancellationToken cancellationToken) => await db.Set<T>().AddAsync(aggregate, cancellationToken);

    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        Query(specification).FirstOrDefaultAsync(cancellationToken);

    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken) =>
        EfSpecificationEvaluator.Instance.GetQuery(db.Set<T>(), specification).FirstOrDefaultAsync(cancellationToken);

    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        Query(specification).ToListAsync(cancellationToken);

    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken) =>
        EfSpecificationEvaluator.Instance.GetQuery(db.Set<T>(), specification).ToListAsync(cancellationToken);

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        EfSpecificationEvaluator.Instance.GetQuery(db.Set<T>(), specification, evaluateCriteriaOnly: true).AnyAsync(cancellationToken);

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        EfSpecificationEvaluator.Instance.GetQuery(db.Set<T>(), specification, evaluateCriteriaOnly: true).CountAsync(cancellationToken);

    private IQueryable<T> Query(ISpecification<T> specification) =>
        EfSpecificationEvaluator.Instance.GetQuery(db.Set<T>(), specification);
}
