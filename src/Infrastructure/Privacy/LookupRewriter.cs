using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Seo.Application.Common;

namespace Seo.Infrastructure.Privacy;

/// <summary>
/// Rewrites <see cref="PersonalDataLookup.Matches"/> in a query into an equality on the look-up
/// column beside the encrypted one: <c>Matches(a.Owner.TaxId, v)</c> becomes
/// <c>EF.Property&lt;string&gt;(a.Owner, "TaxIdLookup") == hmac(v)</c>. The hash goes in as a
/// captured value, so EF sends it as a parameter and reuses the compiled query.
/// </summary>
internal sealed class LookupRewriter(PersonalDataProtector protector) : ExpressionVisitor
{
    private static readonly MethodInfo PropertyMethod = typeof(EF).GetMethod(nameof(EF.Property))!.MakeGenericMethod(typeof(string));

    public static IQueryable<T> Rewrite<T>(IQueryable<T> query, PersonalDataProtector protector)
    {
        var rewritten = new LookupRewriter(protector).Visit(query.Expression);
        return ReferenceEquals(rewritten, query.Expression) ? query : query.Provider.CreateQuery<T>(rewritten);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method.DeclaringType != typeof(PersonalDataLookup) || node.Method.Name != nameof(PersonalDataLookup.Matches))
        {
            return base.VisitMethodCall(node);
        }

        if (StripConvert(node.Arguments[0]) is not MemberExpression { Expression: { } owner } column)
        {
            throw new InvalidOperationException("PersonalDataLookup.Matches takes a mapped property as its first argument, e.g. a.Owner.TaxId.");
        }

        // The value's text is what the store hashed (its ToString: an e-mail's lower-cased address).
        var value = Expression.Lambda<Func<object?>>(Expression.Convert(node.Arguments[1], typeof(object))).Compile(preferInterpretation: true)()?.ToString();
        if (value is null)
        {
            return Expression.Constant(false);
        }

        var hash = new StrongBox<string>(protector.Lookup(value));
        return Expression.Equal(
            Expression.Call(PropertyMethod, owner, Expression.Constant(column.Member.Name + PersonalDataColumns.LookupSuffix)),
            Expression.Field(Expression.Constant(hash), nameof(StrongBox<string>.Value)));
    }

    private static Expression StripConvert(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Convert } convert ? StripConvert(convert.Operand) : expression;
}
