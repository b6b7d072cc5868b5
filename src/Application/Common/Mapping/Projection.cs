using System.Linq.Expressions;

namespace Seo.Application.Common.Mapping;

/// <summary>
/// A mapping written once, as an expression: a query selects <see cref="Expression"/>, so the store
/// reads only the columns it names and no entity is materialised; <see cref="Of"/> runs the same
/// mapping, compiled once, on an entity a command already holds. The answer is the same either way.
/// </summary>
/// <remarks>The expression names only mapped properties: a computed one would make the store load the whole entity to evaluate it.</remarks>
public sealed class Projection<TSource, TResult>
    where TSource : class
{
    private readonly Func<TSource, TResult> _compiled;

    public Projection(Expression<Func<TSource, TResult>> expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        Expression = expression;
        _compiled = expression.Compile();
    }

    public Expression<Func<TSource, TResult>> Expression { get; }

    public TResult Of(TSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return _compiled(source);
    }
}
