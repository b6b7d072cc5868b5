using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Ports;
using Seo.Infrastructure.Privacy;

namespace Seo.Infrastructure.Persistence;

internal sealed class EfRepository<T>(SeoDbContext db) : IRepository<T>
    where T : class
{
    public async Task AddAsync(T aggregate, CancellationToken cancellationToken) => await db.Set<T>().AddAsync(aggregate, cancellationToken);

    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        Query(specification).FirstOrDefaultAsync(cancellationToken);

    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken) =>
        Query(specification).FirstOrDefaultAsync(cancellationToken);

    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        Query(specification).ToListAsync(cancellationToken);

    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken) =>
        Query(specification).ToListAsync(cancellationToken);

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        Query(specification, evaluateCriteriaOnly: true).AnyAsync(cancellationToken);

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        Query(specification, evaluateCriteriaOnly: true).CountAsync(cancellationToken);

    /// <summary>The specification's query, with look-ups of encrypted personal data turned into look-up hash equality.</summary>
    private IQueryable<T> Query(ISpecification<T> specification, bool evaluateCriteriaOnly = false) =>
        LookupRewriter.Rewrite(EfSpecificationEvaluator.Instance.GetQuery(db.Set<T>(), specification, evaluateCriteriaOnly), db.PersonalData);

    private IQueryable<TResult> Query<TResult>(ISpecification<T, TResult> specification) =>
        LookupRewriter.Rewrite(EfSpecificationEvaluator.Instance.GetQuery(db.Set<T>(), specification), db.PersonalData);
}
