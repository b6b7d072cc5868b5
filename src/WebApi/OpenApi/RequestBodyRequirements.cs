using Seo.Domain.Identity;
using Seo.Domain.Vehicles;

namespace Seo.WebApi.OpenApi;

/// <summary>
/// What each request body must carry: the members its validator refuses to go without (a missing
/// one is <c>400 required-field</c> or the member's own code). Every request schema of the
/// contract is listed, so a new request is a decision, not an accident (OpenApiContractTests
/// holds this); and the tests' traffic is checked against it (ContractTraffic).
/// </summary>
internal static class RequestBodyRequirements
{
    public static readonly IReadOnlyDictionary<string, string[]> Required = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["AddDispatcher"] = ["accountId"],
        ["AlternativeCheckpointsRequest"] = ["checkpoints"],
        ["AnprEventRequest"] = ["eventId", "capturedAt", "plate", "confidence"],
        ["BarrierAckRequest"] = ["outcome"],
        ["BarrierCommandRequest"] = ["reason"],
        ["CapacityExceptionInput"] = ["from", "to", "schedule", "reason"],
        ["CapacityPlanRequest"] = ["expectedVersion", "effectiveFrom", "week", "reason"],
        ["CargoInput"] = [],
        ["ChangePassword"] = ["currentPassword", "newPassword"],
        ["CreateBooking"] = ["checkpoint", "vehicle", "drivers"],
        ["CreateStaffAccount"] = ["email", "role", "displayName"],
        ["DebtRequest"] = ["amount"],
        ["DocumentInput"] = ["type", "issuingCountry", "number", "expiresOn"],
        ["DriverInput"] = ["residency", "surname", "givenName", "dateOfBirth", "phone", "email", "document"],
        ["EnterTariffRevision"] = ["item", "value", "effectiveFrom", "reason"],
        ["GatewayCallbackExample"] = ["eventId", "type", "orderId", "paymentId", "amount", "currency", "occurredAt"],
        ["HeartbeatRequest"] = ["power", "reportedAt"],
        ["IssueTestCertificate"] = ["publicKey"],
        ["IssueToken"] = ["email", "password"],
        ["ManualReadRequest"] = ["eventId", "plate", "reason"],
        ["PlaceVideoHold"] = ["checkpoint", "from", "to", "reason", "incidentReference"],
        ["PriorityListUpload"] = ["vehicles"],
        ["PriorityVehicleInput"] = [],
        ["ProveIdentity"] = ["challenge", "signature", "certificates"],
        ["ReasonRequest"] = ["reason"],
        ["RefreshRequest"] = ["refreshToken"],
        ["RefundRequest"] = ["fault", "reason"],
        ["RefuseEntryRequest"] = ["reason"],
        ["RegisterAccount"] = ["email", "password", "kind", "residency", "phone", "acceptUserAgreement", "consentToPersonalDataProcessing"],
        ["RegisterDevice"] = ["name", "checkpoint", "point", "direction"],
        ["RegistryRecordBody"] = ["reference"],
        ["RegistryServiceBody"] = ["inService"],
        ["ReleaseRequest"] = ["reason"],
        ["RescheduleRequest"] = ["date", "start"],
        ["SandboxClockBody"] = ["to"],
        ["ScheduleInput"] = ["opensAt", "hoursOpen", "intervalMinutes", "vehiclesPerInterval"],
        ["TotpCodeRequest"] = ["code"],
        ["VehicleInput"] = ["kind", "countryOfRegistration", "plate", "vin"],
        ["VideoSegmentRequest"] = ["segmentId", "from", "to", "storageReference"],
        ["WaitingZoneRequest"] = ["hasWaitingZone"],
        ["WaitlistRequest"] = ["from", "to"],
        ["WeekInput"] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    };

    /// <summary>
    /// A request that takes one of several shapes: the members each shape sends together, and the
    /// rule in words (JSON Schema's oneOf says it exactly, but generated clients cannot take it).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string Description, (string Member, string[] With)[] Together)> Choices =
        new Dictionary<string, (string, (string, string[])[])>(StringComparer.Ordinal)
        {
            ["CreateBooking"] = (
                "Either an interval, 'date' and 'start', or the first free interval from the moment 'firstFreeFrom' (R16.1), never both: " +
                "otherwise 400 interval-required.",
                [("date", ["start"]), ("start", ["date"])]),
        };

    /// <summary>A checkpoint-local time of day, as the validators parse it.</summary>
    public const string TimeOfDay = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

    /// <summary>A plate as typed or read (<see cref="PlateNumber.AsTypedPattern"/>).</summary>
    private const string Plate = PlateNumber.AsTypedPattern;

    /// <summary>A VIN as typed (<see cref="Vin.AsTypedPattern"/>).</summary>
    private const string VinAsTyped = Vin.AsTypedPattern;

    /// <summary>An IIN or BIN: twelve digits (<see cref="KazakhIdentifier.Pattern"/>; the check digit is the validator's).</summary>
    private const string TaxId = KazakhIdentifier.Pattern;

    /// <summary>Registration reads a blank tax id as none.</summary>
    private static readonly string TaxIdOrBlank = $"^({TaxId[1..^1]}|\\s*)$";

    /// <summary>The text members whose form is fixed, by schema: each pattern accepts what the domain accepts.</summary>
    public static readonly IReadOnlyDictionary<string, (string Member, string Pattern)[]> Patterns = new Dictionary<string, (string, string)[]>(StringComparer.Ordinal)
    {
        ["CreateBooking"] = [("start", TimeOfDay)],
        ["RescheduleRequest"] = [("start", TimeOfDay)],
        ["WaitlistRequest"] = [("earliestStart", TimeOfDay), ("latestStart", TimeOfDay)],
        ["ScheduleInput"] = [("opensAt", TimeOfDay)],
        ["VehicleInput"] = [("plate", Plate), ("trailerPlate", Plate), ("vin", VinAsTyped)],
        ["PriorityVehicleInput"] = [("plate", Plate), ("vin", VinAsTyped), ("operatorBin", TaxId)],
        ["RegistryRecordBody"] = [("plate", Plate), ("vin", VinAsTyped)],
        ["AnprEventRequest"] = [("plate", Plate)],
        ["ManualReadRequest"] = [("plate", Plate)],
        ["BarrierCommandRequest"] = [("plate", Plate)],
        ["RegisterAccount"] = [("taxId", TaxIdOrBlank)],
        ["IssueTestCertificate"] = [("taxId", TaxId)],
    };
}
