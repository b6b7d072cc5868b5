using Seo.Domain.Capacity;
using Seo.Domain.Checkpoints;
using Seo.Domain.Payments;

namespace Seo.Infrastructure;

/// <summary>
/// Policy values the Rules leave to data (section <c>Seo</c>): the dated tariff (R25, order
/// No. 538), the MRP, the R6 priority share and the default capacity of a checkpoint.
/// </summary>
public sealed class DomainSettings
{
    public const string Section = "Seo";

    public List<TariffRate> Tariff { get; set; } = [];

    public List<MrpValue> Mrp { get; set; } = [];

    public List<PriorityQuotaShare> PriorityQuota { get; set; } = [];

    public CapacitySettings DefaultCapacity { get; set; } = new();

    public Tariff ToTariff() => new(
        Tariff.Count > 0 ? Tariff : DefaultRates,
        Mrp.Count > 0 ? Mrp : DefaultMrp);

    /// <summary>
    /// R6: the share rows of <c>Seo:PriorityQuota</c> (<c>percent</c>, <c>effectiveFrom</c>), or 15 %
    /// from 2023-07-01. Read when the services are registered, so a bad row stops the start.
    /// </summary>
    public PriorityQuotaPolicy ToPriorityQuota()
    {
        if (PriorityQuota.Count == 0)
        {
            return PriorityQuotaPolicy.Rules707;
        }

        try
        {
            return new PriorityQuotaPolicy(PriorityQuota);
        }
        catch (ArgumentException invalid)
        {
            throw new InvalidOperationException($"{Section}:{nameof(PriorityQuota)} is not a valid R6 policy: {invalid.Message}", invalid);
        }
    }

    public CapacitySchedule ToCapacitySchedule() =>
        CapacitySchedule.Create(DefaultCapacity.OpensAt, DefaultCapacity.HoursOpen, DefaultCapacity.IntervalMinutes, DefaultCapacity.VehiclesPerInterval) is { IsSuccess: true } schedule
            ? schedule.Value
            : throw new InvalidOperationException("Seo:DefaultCapacity is not a valid capacity schedule.");

    /// <summary>
    /// Illustrative rates in MRP: a new store's first tariff entries unless <c>Seo:Tariff</c> is
    /// set; the registrar then enters the amounts of order No. 538. See README, "Fees".
    /// </summary>
    private static readonly TariffRate[] DefaultRates =
    [
        new(FeeKind.Booking, 2m, new DateOnly(2023, 7, 1)),
        new(FeeKind.PaidReschedule, 2m, new DateOnly(2023, 7, 1)),
        new(FeeKind.Expedited, 10m, new DateOnly(2023, 7, 1)),
    ];

    /// <summary>The MRP as set by the republican budget laws.</summary>
    private static readonly MrpValue[] DefaultMrp =
    [
        new(3450m, new DateOnly(2023, 1, 1)),
        new(3692m, new DateOnly(2024, 1, 1)),
        new(3932m, new DateOnly(2025, 1, 1)),
        new(4325m, new DateOnly(2026, 1, 1)),
    ];
}

public sealed class CapacitySettings
{
    public TimeOnly OpensAt { get; set; } = TimeOnly.MinValue;

    public int HoursOpen { get; set; } = 24;

    public int IntervalMinutes { get; set; } = 60;

    public int VehiclesPerInterval { get; set; } = 20;
}
