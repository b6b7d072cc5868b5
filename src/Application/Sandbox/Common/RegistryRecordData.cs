using Seo.Application.Common.Validation;
namespace Seo.Application.Sandbox.Common;

/// <summary>
/// One record of a simulated registry, keyed by <see cref="Key"/> within its registry. Which of
/// the optional fields a registry uses, and what its key is, <see cref="RegistryCatalog"/> says.
/// </summary>
/// <param name="Reference">The registry's own number for the record (policy, protocol, permit…), upper case, quoted in check outcomes.</param>
/// <param name="Holder">Whom the record belongs to: the owner's IIN/BIN of a registered vehicle; the driver's document number of a phone in the mobile citizens base.</param>
/// <param name="Vin">The vehicle a declaration or certificate is for.</param>
/// <param name="Plate">The plate a vehicle is registered under.</param>
/// <param name="LicenceCategories">The categories of a driving licence, e.g. C and CE.</param>
/// <param name="Goods">What a customs declaration's goods are (R6 grounds).</param>
/// <param name="ValidUntil">The last day a document with a term is valid.</param>
/// <param name="Released">Whether customs released the declared goods.</param>
/// <param name="Note">What the entry is about, shown in a refusal (a fine's offence, a debt's amount).</param>
public sealed record RegistryRecordData(
    SimulatedRegistry Registry,
    string Key,
    string Reference,
    string? Holder = null,
    string? Vin = null,
    string? Plate = null,
    IReadOnlyList<string>? LicenceCategories = null,
    GoodsCategory? Goods = null,
    DateOnly? ValidUntil = null,
    bool? Released = null,
    string? Note = null);

/// <summary>A registry as the sandbox shows it: what it simulates, how many records it holds, whether it answers.</summary>
public sealed record RegistrySummary(
    SimulatedRegistry Registry, int Check, string Source, string KeyMeaning, bool Negative, IReadOnlyList<string> Fields, int Records, bool InService);

/// <summary>One page of a registry's records, ordered by key.</summary>
public sealed record RegistryRecordPage(SimulatedRegistry Registry, int Page, int PageSize, int Total, IReadOnlyList<RegistryRecordData> Items)
{
    public int TotalPages => PagingRules.PageCount(Total, PageSize);
}

/// <summary>A record as written, and whether it was new.</summary>
public sealed record RegistryRecordWritten(bool Created, RegistryRecordData Record);
