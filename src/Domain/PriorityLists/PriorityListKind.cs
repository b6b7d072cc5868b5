namespace Seo.Domain.PriorityLists;

/// <summary>
/// The lists of vehicles sent in advance that prove a priority ground of R6: the designated
/// postal operator's vehicles and the authorised economic operators' vehicles.
/// </summary>
public enum PriorityListKind
{
    PostalOperator,
    AuthorisedEconomicOperators,
}

/// <summary>The kinds as they appear in addresses: <c>postal-operator</c>, <c>authorised-economic-operators</c>.</summary>
public static class PriorityListKinds
{
    public const string PostalOperatorSlug = "postal-operator";
    public const string AuthorisedEconomicOperatorsSlug = "authorised-economic-operators";

    public static string Slug(this PriorityListKind kind) => kind switch
    {
        PriorityListKind.PostalOperator => PostalOperatorSlug,
        PriorityListKind.AuthorisedEconomicOperators => AuthorisedEconomicOperatorsSlug,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? slug, out PriorityListKind kind)
    {
        switch (slug?.Trim().ToLowerInvariant())
        {
            case PostalOperatorSlug:
                kind = PriorityListKind.PostalOperator;
                return true;
            case AuthorisedEconomicOperatorsSlug:
                kind = PriorityListKind.AuthorisedEconomicOperators;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary>The list that proves a priority ground, or null for grounds no list proves.</summary>
    public static PriorityListKind? ListFor(Bookings.PriorityCategory ground) => ground switch
    {
        Bookings.PriorityCategory.DesignatedPostalOperator => PriorityListKind.PostalOperator,
        Bookings.PriorityCategory.AuthorisedEconomicOperator => PriorityListKind.AuthorisedEconomicOperators,
        _ => null,
    };
}
