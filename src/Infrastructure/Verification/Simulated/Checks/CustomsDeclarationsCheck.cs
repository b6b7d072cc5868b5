using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;
using Seo.Domain.Bookings;

namespace Seo.Infrastructure.Verification.Simulated.Checks;

/// <summary>
/// R18.16: the goods' declaration exists, is for this vehicle and customs released the goods; a
/// vehicle travelling empty is not concerned. R6: a priority ground of the goods (live animals,
/// perishable, dangerous, article 147) is proved by the declaration's goods category.
/// </summary>
internal sealed class CustomsDeclarationsCheck : SimulatedCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.CustomsDeclarations;

    public override CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries)
    {
        var ground = GroundOf(subject.Priority);
        var number = subject.Cargo.CustomsDeclaration;
        if (number is null)
        {
            return ground is null
                ? CheckAnswer.NotApplicable("the vehicle travels empty: no goods to declare")
                : CheckAnswer.Failed($"priority passage for {subject.Priority} needs a customs declaration proving it (R6)", null);
        }

        if (registries.Find(Registry, number) is not { } declaration)
        {
            return CheckAnswer.Failed($"declaration {number} is not in ASTANA-1", null);
        }

        if (declaration.Vin != subject.Vehicle.Vin.Value)
        {
            return CheckAnswer.Failed($"declaration {number} is for VIN {declaration.Vin}, not {subject.Vehicle.Vin}", declaration.Reference);
        }

        if (declaration.Released != true)
        {
            return CheckAnswer.Failed($"declaration {number}: customs has not released the goods", declaration.Reference);
        }

        return ground is { } needed && declaration.Goods != needed
            ? CheckAnswer.Failed($"declaration {number} declares {declaration.Goods} goods: it does not prove the priority ground {subject.Priority} (R6)", declaration.Reference)
            : CheckAnswer.Passed(declaration.Reference);
    }

    /// <summary>The goods category a priority ground of R6 needs; null for grounds not proved by the goods.</summary>
    private static GoodsCategory? GroundOf(PriorityCategory priority) => priority switch
    {
        PriorityCategory.LiveAnimals => GoodsCategory.LiveAnimals,
        PriorityCategory.PerishableGoods => GoodsCategory.PerishableGoods,
        PriorityCategory.DangerousGoods => GoodsCategory.DangerousGoods,
        PriorityCategory.CustomsCodeArticle147 => GoodsCategory.CustomsCodeArticle147,
        _ => null,
    };
}
