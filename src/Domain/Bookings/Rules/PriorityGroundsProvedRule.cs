using Seo.Domain.Common;
using Seo.Domain.PriorityLists;

namespace Seo.Domain.Bookings.Rules;

/// <summary>
/// R6: a priority ground is taken only when what proves it comes with the request.
/// <list type="bullet">
/// <item>live animals, perishable goods: a customs declaration and goods under veterinary or
/// phytosanitary control with their certificate (checks 16 and 15 then verify both);</item>
/// <item>dangerous goods, goods under article 147 of the customs code: a goods or transit
/// declaration (check 16 verifies it);</item>
/// <item>the designated postal operator, authorised economic operators: the vehicle is on the
/// current version of that list (<paramref name="vehicleOnList"/>);</item>
/// <item>paid expedited passage: nothing but the expedited fee.</item>
/// </list>
/// </summary>
public sealed class PriorityGroundsProvedRule(PriorityCategory ground, Cargo cargo, bool vehicleOnList) : IRule
{
    public Result Check() => ground switch
    {
        PriorityCategory.LiveAnimals or PriorityCategory.PerishableGoods => PapersPresent(needsCertificate: true),
        PriorityCategory.DangerousGoods or PriorityCategory.CustomsCodeArticle147 => PapersPresent(needsCertificate: false),
        PriorityCategory.DesignatedPostalOperator or PriorityCategory.AuthorisedEconomicOperator =>
            vehicleOnList ? Result.Success() : PriorityGroundErrors.NotOnList(PriorityListKinds.ListFor(ground)!.Value),
        _ => Result.Success(),
    };

    private Result PapersPresent(bool needsCertificate)
    {
        var missing = new Dictionary<string, string[]>();
        if (cargo.CustomsDeclaration is null)
        {
            missing["cargo.customsDeclaration"] = [$"Priority for {Described(ground)} needs the goods or transit declaration of the cargo."];
        }

        if (needsCertificate && !cargo.UnderVeterinaryOrPhytosanitaryControl)
        {
            missing["cargo.underVeterinaryOrPhytosanitaryControl"] = [$"Priority for {Described(ground)} needs the cargo declared as under veterinary or phytosanitary control."];
        }

        if (needsCertificate && cargo.VeterinaryCertificate is null)
        {
            missing["cargo.veterinaryCertificate"] = [$"Priority for {Described(ground)} needs the veterinary or phytosanitary certificate."];
        }

        return missing.Count == 0 ? Result.Success() : PriorityGroundErrors.PapersMissing(Described(ground), missing);
    }

    private static string Described(PriorityCategory ground) => ground switch
    {
        PriorityCategory.LiveAnimals => "live animals",
        PriorityCategory.PerishableGoods => "perishable goods",
        PriorityCategory.DangerousGoods => "dangerous goods",
        _ => "goods under article 147 of the customs code",
    };
}

public static class PriorityGroundErrors
{
    public const string PapersMissingCode = "priority-papers-missing";
    public const string NotProvedCode = "priority-grounds-not-proved";

    /// <summary>The request itself lacks the papers the ground needs: a 400 naming each missing field.</summary>
    public static DomainError PapersMissing(string ground, IReadOnlyDictionary<string, string[]> missing) =>
        new(PapersMissingCode, $"Priority passage for {ground} needs its papers with the request (R6).", ErrorKind.Validation, "R6") { Errors = missing };

    /// <summary>
    /// The vehicle is not on the list that proves the ground. A conflict (409), not a 422: the
    /// request is complete, and what refuses it is the registrar's current list, which a new
    /// upload can change (422 is kept for the registry checks of R17–R20).
    /// </summary>
    public static DomainError NotOnList(PriorityListKind list) => new(
        NotProvedCode,
        $"The vehicle is not on the current '{list.Slug()}' priority list, by VIN or by plate and country (R6).",
        ErrorKind.Conflict,
        "R6")
    {
        Details = new Dictionary<string, object?> { ["list"] = list.Slug() },
    };
}
