using Seo.Domain.Common;

namespace Seo.Domain.PriorityLists;

public static class PriorityListErrors
{
    public static readonly DomainError UnknownKind = DomainError.Validation(
        "unknown-priority-list-kind", $"A priority list is '{PriorityListKinds.PostalOperatorSlug}' or '{PriorityListKinds.AuthorisedEconomicOperatorsSlug}'.");

    public static readonly DomainError PlateNeedsCountry = DomainError.Validation(
        "plate-needs-country", "A plate names a vehicle only with its country of registration: give both, or neither.");

    public static readonly DomainError VehicleNotIdentified = DomainError.Validation(
        "vehicle-not-identified", "Each vehicle on a list needs its plate and country of registration, its VIN, or both.");

    public static readonly DomainError OperatorNameTooLong = DomainError.Validation(
        "invalid-operator-name", $"An operator's name is at most {PriorityListEntry.MaxOperatorNameLength} characters.");

    public static readonly DomainError TooManyEntries = DomainError.Validation(
        "too-many-entries", $"A priority list holds at most {PriorityList.MaxEntries} vehicles.");

    public static readonly DomainError DuplicateEntry = DomainError.Validation(
        "duplicate-entry", "A vehicle is listed twice (the same VIN, or the same plate in the same country).");

    public static readonly DomainError OperatorOnPostalList = DomainError.Validation(
        "operator-not-applicable", "The designated postal operator's list names vehicles only; an operator's BIN or name belongs on the AEO list.");

    public static readonly DomainError StaleVersion = new(
        "priority-list-version-stale",
        "The list has changed since the version you expected; read the current version and upload again.",
        ErrorKind.Conflict,
        "R6");

    public static readonly DomainError ConcurrentUpload = new(
        "priority-list-version-stale",
        "Another upload of this list committed first; read the current version and upload again.",
        ErrorKind.Conflict,
        "R6");
}
