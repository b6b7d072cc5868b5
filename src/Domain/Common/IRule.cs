namespace Seo.Domain.Common;

/// <summary>
/// One invariant of the Rules as a named object: its class name says what it guards and
/// <see cref="DomainError.Rule"/> cites the paragraph.
/// </summary>
public interface IRule
{
    /// <summary>Success, or the error that cites the paragraph broken.</summary>
    Result Check();
}
