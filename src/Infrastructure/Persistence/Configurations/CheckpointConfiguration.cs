using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Seo.Domain.Checkpoints;

namespace Seo.Infrastructure.Persistence.Configurations;

internal sealed class CheckpointConfiguration : IEntityTypeConfiguration<Checkpoint>
{
    public const string CapacityVersionKey = "PK_CapacityPlanVersions";

    public void Configure(EntityTypeBuilder<Checkpoint> builder)
    {
        builder.ToTable("Checkpoints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion(ValueConverters.CheckpointCode).HasMaxLength(40).HasColumnName("Code").ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.NameRu).HasMaxLength(100);
        builder.Property(c => c.NameLatin).HasMaxLength(100);
        builder.Property(c => c.NeighbourCountry).HasMaxLength(2);
        builder.Property(c => c.RegionRu).HasMaxLength(100);
        builder.Property(c => c.RegionEn).HasMaxLength(100);
        builder.Property(c => c.TimeZoneId).HasMaxLength(64);
        builder.Property<bool>("WithoutWaitingZone");
        builder.Ignore(c => c.HasWaitingZone);
        builder.OwnsOne(c => c.Capacity, capacity =>
        {
            capacity.Property(s => s.OpensAt).HasColumnName("OpensAt");
            capacity.Property(s => s.HoursOpen).HasColumnName("HoursOpen");
            capacity.Property(s => s.IntervalMinutes).HasColumnName("IntervalMinutes");
            capacity.Property(s => s.VehiclesPerInterval).HasColumnName("VehiclesPerInterval");
        });
        builder.Navigation(c => c.Capacity).IsRequired();

        // R22: the capacity plan's versions, a row each; the week and the exceptions are small
        // documents read and written whole, kept as JSON text so that every store holds them alike.
        builder.OwnsMany(c => c.CapacityVersions, version =>
        {
            version.ToTable("CapacityPlanVersions");
            version.WithOwner().HasForeignKey("Checkpoint");
            version.Property<CheckpointCode>("Checkpoint").HasConversion(ValueConverters.CheckpointCode).HasMaxLength(CheckpointCode.MaxLength);
            // Two registrars saving the same next version at once: the second meets this key.
            version.HasKey("Checkpoint", nameof(CapacityPlanVersion.Number)).HasName(CapacityVersionKey);
            version.Property(v => v.Number).ValueGeneratedNever();
            version.Property(v => v.Week).HasConversion(CapacityPlanColumns.Week).HasMaxLength(2000);
            version.Property(v => v.Exceptions).HasConversion(CapacityPlanColumns.Exceptions, CapacityPlanColumns.ExceptionsComparer);
            version.Property(v => v.Reason).HasMaxLength(CapacityPlan.MaxReasonLength);
        });
        builder.Navigation(c => c.CapacityVersions).HasField("_capacityVersions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(c => c.CapacityPlan);
        builder.Ignore(c => c.NameInMessages);
        builder.Ignore(c => c.DomainEvents);
        builder.Ignore(c => c.TimeZone);
    }
}

/// <summary>The JSON text a capacity plan version's week and exceptions are stored as.</summary>
internal static class CapacityPlanColumns
{
    public static readonly ValueConverter<WeeklyCapacity, string> Week = new(week => WriteWeek(week), json => ReadWeek(json));

    public static readonly ValueConverter<IReadOnlyList<CapacityOverride>, string> Exceptions = new(
        exceptions => WriteExceptions(exceptions), json => ReadExceptions(json));

    /// <summary>Versions are never changed once made; comparing the lists keeps EF from writing them again.</summary>
    public static readonly ValueComparer<IReadOnlyList<CapacityOverride>> ExceptionsComparer = new(
        (a, b) => a!.SequenceEqual(b!), list => HashOf(list), list => list);

    private static int HashOf(IReadOnlyList<CapacityOverride> exceptions) => exceptions.Aggregate(0, HashCode.Combine);

    private static string WriteWeek(WeeklyCapacity week) =>
        JsonSerializer.Serialize(Enum.GetValues<DayOfWeek>().ToDictionary(day => day.ToString(), day => Stored.Of(week[day])));

    private static WeeklyCapacity ReadWeek(string json) =>
        WeeklyCapacity.Create(JsonSerializer.Deserialize<Dictionary<string, Stored>>(json)!
            .ToDictionary(pair => Enum.Parse<DayOfWeek>(pair.Key), pair => pair.Value.ToSchedule())).Value;

    private static string WriteExceptions(IReadOnlyList<CapacityOverride> exceptions) =>
        JsonSerializer.Serialize(exceptions.Select(e => new StoredException(e.From, e.To, Stored.Of(e.Schedule), e.Reason)));

    private static List<CapacityOverride> ReadExceptions(string json) =>
        [.. JsonSerializer.Deserialize<List<StoredException>>(json)!.Select(e => CapacityOverride.Create(e.From, e.To, e.Schedule.ToSchedule(), e.Reason).Value)];

    private sealed record Stored(string OpensAt, int HoursOpen, int IntervalMinutes, int VehiclesPerInterval)
    {
        public static Stored Of(CapacitySchedule schedule) => new(
            schedule.OpensAt.ToString("HH\\:mm", CultureInfo.InvariantCulture), schedule.HoursOpen, schedule.IntervalMinutes, schedule.VehiclesPerInterval);

        public CapacitySchedule ToSchedule() =>
            CapacitySchedule.Create(TimeOnly.ParseExact(OpensAt, "HH\\:mm", CultureInfo.InvariantCulture), HoursOpen, IntervalMinutes, VehiclesPerInterval).Value;
    }

    private sealed record StoredException(DateOnly From, DateOnly To, Stored Schedule, string Reason);
}
