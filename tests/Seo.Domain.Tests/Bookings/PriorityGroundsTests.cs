using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Rules;
using Seo.Domain.Common;

namespace Seo.Domain.Tests.Bookings;

public sealed class PriorityGroundsTests
{
    private static readonly Cargo Declared = new(false, "10702020/011226/0001234", null);
    private static readonly Cargo Controlled = new(true, "10702020/011226/0001234", "VET-KZ-2026-77");

    private static Result Check(PriorityCategory ground, Cargo cargo, bool onList = false) => new PriorityGroundsProvedRule(ground, cargo, onList).Check();

    [Theory]
    [InlineData(PriorityCategory.LiveAnimals)]
    [InlineData(PriorityCategory.PerishableGoods)]
    public void R6_live_animals_and_perishable_goods_need_a_declaration_control_and_a_certificate(PriorityCategory ground)
    {
        Check(ground, Controlled).ShouldSucceed();

        Check(ground, Declared).ShouldFailWith("priority-papers-missing").Errors.ShouldNotBeNull().Keys
            .ShouldBe(["cargo.underVeterinaryOrPhytosanitaryControl", "cargo.veterinaryCertificate"], ignoreOrder: true);
        Check(ground, Controlled with { CustomsDeclaration = null }).ShouldFailWith("priority-papers-missing").Errors.ShouldNotBeNull().Keys
            .ShouldBe(["cargo.customsDeclaration"]);
        Check(ground, Cargo.None).ShouldFailWith("priority-papers-missing").Errors.ShouldNotBeNull().Count.ShouldBe(3);
    }

    [Theory]
    [InlineData(PriorityCategory.DangerousGoods)]
    [InlineData(PriorityCategory.CustomsCodeArticle147)]
    public void R6_dangerous_and_article_147_goods_need_a_goods_or_transit_declaration(PriorityCategory ground)
    {
        Check(ground, Declared).ShouldSucceed();

        var missing = Check(ground, Cargo.None).ShouldFailWith("priority-papers-missing");
        missing.Kind.ShouldBe(ErrorKind.Validation);
        missing.Rule.ShouldBe("R6");
        missing.Errors.ShouldNotBeNull().Keys.ShouldBe(["cargo.customsDeclaration"]);
    }

    [Theory]
    [InlineData(PriorityCategory.DesignatedPostalOperator, "postal-operator")]
    [InlineData(PriorityCategory.AuthorisedEconomicOperator, "authorised-economic-operators")]
    public void R6_postal_operator_and_aeo_need_the_vehicle_on_their_list_and_no_papers(PriorityCategory ground, string list)
    {
        Check(ground, Cargo.None, onList: true).ShouldSucceed();

        var refused = Check(ground, Controlled, onList: false).ShouldFailWith("priority-grounds-not-proved");
        refused.Kind.ShouldBe(ErrorKind.Conflict);
        refused.Details.ShouldNotBeNull()["list"].ShouldBe(list);
        refused.Message.ShouldContain(list);
    }

    [Theory]
    [InlineData(PriorityCategory.PaidExpedited)]
    [InlineData(PriorityCategory.None)]
    public void R6_paid_expedited_passage_and_no_priority_need_no_papers(PriorityCategory ground)
    {
        Check(ground, Cargo.None).ShouldSucceed();
    }
}
