using FluentValidation;
using FluentValidation.Results;
using Seo.Application.Common.Validation;
using Seo.Application.Sandbox.Common;
using Seo.Domain.Vehicles;

namespace Seo.Application.Sandbox.PutRegistryRecord;

public sealed class PutRegistryRecordValidator : AbstractValidator<PutRegistryRecord>
{
    public PutRegistryRecordValidator()
    {
        RuleFor(c => c.Registry).IsInEnum().WithErrorCode("invalid-value");
        RuleFor(c => c.Key).Custom((key, context) =>
        {
            var registry = context.InstanceToValidate.Registry;
            if (Enum.IsDefined(registry) && RecordKey.Normalise(RegistryCatalog.Describe(registry).Key, key) is { IsSuccess: false } refused)
            {
                context.AddFailure(new ValidationFailure(context.PropertyPath, refused.Error!.Message) { ErrorCode = refused.Error.Code });
            }
        });
        RuleFor(c => c.Reference).NotEmpty().WithErrorCode("required-field").WithMessage("A record carries the registry's own reference.")
            .MaximumLength(RegistryCatalog.MaxReferenceLength).WithErrorCode("invalid-reference")
            .WithMessage($"A reference is at most {RegistryCatalog.MaxReferenceLength} characters.");
        RuleFor(c => c.Note).MaximumLength(RegistryCatalog.MaxNoteLength).WithErrorCode("invalid-note")
            .WithMessage($"A note is at most {RegistryCatalog.MaxNoteLength} characters.");
        RuleFor(c => c.Vin).MustBe(Vin.Create).When(c => c.Vin is not null);
        RuleFor(c => c.Plate).MustBe(PlateNumber.Create).When(c => c.Plate is not null);
        RuleFor(c => c.ValidUntil).PlausibleDate();
        RuleFor(c => c.Goods).IsInEnum().WithErrorCode("invalid-value");
        RuleForEach(c => c.LicenceCategories).Must(c => c is not null && RegistryCatalog.LicenceCategories.Contains(c.Trim()))
            .WithErrorCode("invalid-licence-category")
            .WithMessage($"A licence category is one of {string.Join(", ", RegistryCatalog.LicenceCategories.Order(StringComparer.Ordinal))}.");
        RuleFor(c => c.LicenceCategories).Must(c => c is null || c.Count > 0).WithErrorCode("invalid-licence-category")
            .WithMessage("A licence has at least one category.");
        RuleFor(c => c.Holder).Custom((holder, context) =>
        {
            var registry = context.InstanceToValidate.Registry;
            if (holder is null || !Enum.IsDefined(registry))
            {
                return;
            }

            // A registered vehicle's holder is its owner; a phone's holder is the driver whose document it is registered to.
            var kind = registry == SimulatedRegistry.Vehicles ? RecordKeyKind.TaxId : RecordKeyKind.DocumentNumber;
            if (RecordKey.Normalise(kind, holder) is { IsSuccess: false } refused)
            {
                context.AddFailure(new ValidationFailure(context.PropertyPath, refused.Error!.Message) { ErrorCode = refused.Error.Code });
            }
        });
        RuleFor(c => c).Custom(UsesTheRegistrysFields);
    }

    /// <summary>Each registry holds what its check reads, and only that: a missing field is as wrong as a foreign one.</summary>
    private static void UsesTheRegistrysFields(PutRegistryRecord command, ValidationContext<PutRegistryRecord> context)
    {
        if (!Enum.IsDefined(command.Registry))
        {
            return;
        }

        var description = RegistryCatalog.Describe(command.Registry);
        foreach (var field in Enum.GetValues<RecordFields>().Where(f => f != RecordFields.None))
        {
            var given = IsGiven(command, field);
            var name = RegistryCatalog.FieldNames(field)[0];
            if (!given && description.Required.HasFlag(field))
            {
                context.AddFailure(new ValidationFailure(name, $"A record of {command.Registry} needs '{name}'.") { ErrorCode = "required-field" });
            }
            else if (given && !description.Allowed.HasFlag(field))
            {
                context.AddFailure(new ValidationFailure(name, $"{command.Registry} does not hold '{name}'.") { ErrorCode = "field-not-used" });
            }
        }
    }

    private static bool IsGiven(PutRegistryRecord command, RecordFields field) => field switch
    {
        RecordFields.Holder => command.Holder is not null,
        RecordFields.Vin => command.Vin is not null,
        RecordFields.Plate => command.Plate is not null,
        RecordFields.LicenceCategories => command.LicenceCategories is not null,
        RecordFields.Goods => command.Goods is not null,
        RecordFields.ValidUntil => command.ValidUntil is not null,
        RecordFields.Released => command.Released is not null,
        _ => false,
    };
}
