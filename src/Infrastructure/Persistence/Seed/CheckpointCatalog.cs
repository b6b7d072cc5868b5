using System.Globalization;
using Seo.Domain.Checkpoints;

namespace Seo.Infrastructure.Persistence.Seed;

/// <summary>
/// The 41 road checkpoints of the Rules' appendix (R5), read from the CSV shipped inside this
/// assembly, each with the IANA time zone of its region. All of Kazakhstan is UTC+5 since
/// 1 March 2024; keeping each region's zone id lets tzdata carry any future change.
/// </summary>
public static class CheckpointCatalog
{
    private static readonly Dictionary<string, string> ZoneByRegion = new(StringComparer.Ordinal)
    {
        ["Abai Region"] = "Asia/Almaty",
        ["Zhetysu Region"] = "Asia/Almaty",
        ["Almaty Region"] = "Asia/Almaty",
        ["East Kazakhstan Region"] = "Asia/Almaty",
        ["Pavlodar Region"] = "Asia/Almaty",
        ["North Kazakhstan Region"] = "Asia/Almaty",
        ["Turkistan Region"] = "Asia/Almaty",
        ["Kostanay Region"] = "Asia/Qostanay",
        ["Aktobe Region"] = "Asia/Aqtobe",
        ["West Kazakhstan Region"] = "Asia/Oral",
        ["Atyrau Region"] = "Asia/Atyrau",
        ["Mangystau Region"] = "Asia/Aqtau",
        ["Kyzylorda Region"] = "Asia/Qyzylorda",
    };

    public static IReadOnlyList<Checkpoint> Load(CapacitySchedule capacity)
    {
        using var stream = typeof(CheckpointCatalog).Assembly.GetManifestResourceStream("Seo.Infrastructure.checkpoints.csv")
            ?? throw new InvalidOperationException("The checkpoint list is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var checkpoints = new List<Checkpoint>();
        _ = reader.ReadLine(); // header: code,name_ru,name_latin,neighbour_country,region_ru,region_en
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var f = line.Split(',');
            if (f.Length != 6)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"checkpoints.csv: expected 6 fields, got {f.Length}: {line}"));
            }

            var zone = ZoneByRegion.TryGetValue(f[5], out var z) ? z : throw new FormatException($"checkpoints.csv: no time zone for region '{f[5]}'.");
            // Each checkpoint owns its own copy: EF stores an owned value once per owner.
            checkpoints.Add(Checkpoint.Create(CheckpointCode.Create(f[0]).Value, f[1], f[2], f[3], f[4], f[5], zone, capacity with { }));
        }

        return checkpoints;
    }
}
