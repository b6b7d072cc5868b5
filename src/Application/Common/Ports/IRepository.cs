using Ardalis.Specification;

namespace Seo.Application.Common.Ports;

/// <summary>
/// Loads and adds aggregates by specification. There is no Save: the unit-of-work behaviour
/// commits once per command, together with the outbox.
/// </summary>
public interface IRepository<T>
    where T : class
{
    Task AddAsync(T aggregate, CancellationToken cancellationToken);

    Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken);

    Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken);

    Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken);

    Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken);

    Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken);

    Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken);
}
