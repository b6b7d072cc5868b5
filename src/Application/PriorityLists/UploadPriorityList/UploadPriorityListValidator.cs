using FluentValidation;
using Seo.Application.Common.Validation;
using Seo.Application.PriorityLists.Common;
using Seo.Domain.Identity;
using Seo.Domain.PriorityLists;
using Seo.Domain.Vehicles;

namespace Seo.Application.PriorityLists.UploadPriorityList;

public sealed class UploadPriorityListValidator : AbstractValidator<UploadPriorityList>
{
    public UploadPriorityListValidator()
    {
        RuleFor(c => c.Kind).MustBeAPriorityListKind();
        RuleFor(c => c.Vehicles).Required();
        RuleFor(c => c.Vehicles!.Count).LessThanOrEqualTo(PriorityList.MaxEntries).When(c => c.Vehicles is not null)
            .OverridePropertyName("vehicles")
            .WithErrorCode(PriorityListErrors.TooManyEntries.Code).WithMessage(PriorityListErrors.TooManyEntries.Message);
        RuleFor(c => c.ExpectedVersion).GreaterThanOrEqualTo(0).WithErrorCode("invalid-version")
            .WithMessage("'expectedVersion' is the version you read: 0 or more.");
        RuleForEach(c => c.Vehicles).NotNull().WithErrorCode("required-field").WithMessage("A vehicle entry is required.")
            .SetValidator(new PriorityVehicleInputValidator()!)
            .When(c => c.Vehicles is { Count: <= PriorityList.MaxEntries });
        RuleForEach(c => c.Vehicles)
            .Must(v => v!.OperatorBin is null && v.OperatorName is null)
            .When(c => PriorityListKinds.TryParse(c.Kind, out var kind) && kind == PriorityListKind.PostalOperator && c.Vehicles is { Count: <= PriorityList.MaxEntries })
            .WithErrorCode(PriorityListErrors.OperatorOnPostalList.Code).WithMessage(PriorityListErrors.OperatorOnPostalList.Message);
        RuleFor(c => c.Vehicles).Custom(NoVehicleTwice).When(c => c.Vehicles is { Count: <= PriorityList.MaxEntries });
    }

    /// <summary>Names each entry that lists a vehicle an earlier entry already listed.</summary>
    private static void NoVehicleTwice(IReadOnlyList<PriorityVehicleInput>? vehicles, ValidationContext<UploadPriorityList> context)
    {
        var vins = new HashSet<string>(StringComparer.Ordinal);
        var plates = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < vehicles!.Count; i++)
        {
            var vin = Vin.Create(vehicles[i]?.Vin);
            var plate = PlateNumber.Create(vehicles[i]?.Plate);
            var country = CountryCode.Create(vehicles[i]?.CountryOfRegistration);
            var vinTwice = vin.IsSuccess && !vins.Add(vin.Value.Value);
            var plateTwice = plate.IsSuccess && country.IsSuccess && !plates.Add($"{country.Value.Value}:{plate.Value.Value}");
            if (vinTwice || plateTwice)
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure($"Vehicles[{i}]", PriorityListErrors.DuplicateEntry.Message)
                {
                    ErrorCode = PriorityListErrors.DuplicateEntry.Code,
                });
            }
        }
    }

    private sealed class PriorityVehicleInputValidator : AbstractValidator<PriorityVehicleInput>
    {
        public PriorityVehicleInputValidator()
        {
            RuleFor(v => v.CountryOfRegistration).MustBe(CountryCode.Create).When(v => v.CountryOfRegistration is not null);
            RuleFor(v => v.Plate).MustBe(PlateNumber.Create).When(v => v.Plate is not null);
            RuleFor(v => v.Vin).MustBe(Vin.Create).When(v => v.Vin is not null);
            RuleFor(v => v.OperatorBin).MustBe(Bin.Create).When(v => v.OperatorBin is not null);
            RuleFor(v => v.OperatorName).MaximumLength(PriorityListEntry.MaxOperatorNameLength)
                .WithErrorCode(PriorityListErrors.OperatorNameTooLong.Code).WithMessage(PriorityListErrors.OperatorNameTooLong.Message);
            RuleFor(v => v.CountryOfRegistration).NotNull().When(v => v.Plate is not null)
                .WithErrorCode(PriorityListErrors.PlateNeedsCountry.Code).WithMessage(PriorityListErrors.PlateNeedsCountry.Message);
            RuleFor(v => v.Plate).NotNull().When(v => v.CountryOfRegistration is not null)
                .WithErrorCode(PriorityListErrors.PlateNeedsCountry.Code).WithMessage(PriorityListErrors.PlateNeedsCountry.Message);
            RuleFor(v => v).Must(v => v.Plate is not null || v.Vin is not null).OverridePropertyName("vin")
                .WithErrorCode(PriorityListErrors.VehicleNotIdentified.Code).WithMessage(PriorityListErrors.VehicleNotIdentified.Message);
        }
    }
}
