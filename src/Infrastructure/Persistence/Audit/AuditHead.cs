namespace Seo.Infrastructure.Persistence.Audit;

/// <summary>
/// The one row that says how many audit entries were appended. Every append first moves it on
/// (an UPDATE that locks it until the transaction ends), so appends from any number of instances
/// queue one behind the other and the chain never forks; verification compares the chain's end
/// with it, so entries cut off the end are found.
/// </summary>
public sealed class AuditHead
{
    public const int TheOne = 1;

    public int Id { get; set; }

    public long Sequence { get; set; }
}
