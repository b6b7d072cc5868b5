using System.Text.Json;
using System.Text.Json.Serialization;
using Seo.Application.Common.Ports;

namespace Seo.Infrastructure.Verification.Gateway;

/// <summary>
/// The body of <c>POST {BaseUrl}/checks/{number}</c>: only what the checks of R18 need about the
/// subject (R16.3, R16.4), documented in <c>docs/registries.md</c>.
/// </summary>
internal sealed record GatewayCheckRequest(int Check, string CheckName, GatewayOwner Owner, GatewayVehicle Vehicle, IReadOnlyList<GatewayDriver> Drivers, DateOnly BookedDate,
    GatewayCargo Cargo, string Priority)
{
    public static GatewayCheckRequest For(Domain.Verification.RegistryCheck check, VerificationSubject subject) =>
        new(
            (int)check,
            GatewayJson.Camel(check.ToString()),
            new GatewayOwner(subject.Owner.AccountId.Value, GatewayJson.Camel(subject.Owner.Kind.ToString()), GatewayJson.Camel(subject.Owner.Residency.ToString()), subject.Owner.TaxId),
            new GatewayVehicle(
                GatewayJson.Camel(subject.Vehicle.Kind.ToString()),
                subject.Vehicle.CountryOfRegistration.Value,
                subject.Vehicle.Plate.Value,
                subject.Vehicle.TrailerPlate?.Value,
                subject.Vehicle.Vin.Value),
            [.. subject.Drivers.Select(d => new GatewayDriver(
                GatewayJson.Camel(d.Residency.ToString()),
                GatewayJson.Camel(d.Document.Type.ToString()),
                d.Document.IssuingCountry.Value,
                d.Document.Number,
                d.Document.ExpiresOn,
                d.Phone.Value))],
            subject.BookedDate,
            new GatewayCargo(subject.Cargo.UnderVeterinaryOrPhytosanitaryControl, subject.Cargo.CustomsDeclaration, subject.Cargo.VeterinaryCertificate),
            GatewayJson.Camel(subject.Priority.ToString()));
}

internal sealed record GatewayOwner(Guid AccountId, string Kind, string Residency, string? TaxId);

internal sealed record GatewayVehicle(string Kind, string Country, string Plate, string? TrailerPlate, string Vin);

internal sealed record GatewayDriver(string Residency, string DocumentType, string DocumentCountry, string DocumentNumber, DateOnly DocumentExpiresOn, string Phone);

/// <summary>What checks 15 and 16 (and a priority ground) are asked about: the goods' control flag and their papers.</summary>
internal sealed record GatewayCargo(bool UnderVeterinaryOrPhytosanitaryControl, string? CustomsDeclaration, string? VeterinaryCertificate);

/// <summary>
/// The gateway's answer to one check; every field is checked before it is believed.
/// <see cref="ValidUntil"/> is read as text so a malformed date makes the check unavailable
/// rather than the whole answer unreadable.
/// </summary>
internal sealed record GatewayCheckAnswer(string? Verdict, string? Reason, string? Reference, string? Source, string? ValidUntil);

internal static class GatewayJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Enum names are sent camelCased (<c>nonResident</c>, <c>truckWithTrailer</c>), as in the API.</summary>
    public static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
