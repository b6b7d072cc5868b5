namespace Seo.Domain.Bookings;

/// <summary>The grounds for priority (expedited) passage listed in R6.</summary>
public enum PriorityCategory
{
    None,
    LiveAnimals,
    PerishableGoods,
    DangerousGoods,
    DesignatedPostalOperator,
    AuthorisedEconomicOperator,
    CustomsCodeArticle147,
    PaidExpedited,
}
