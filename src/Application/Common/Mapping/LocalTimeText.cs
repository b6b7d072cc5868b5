using System.Globalization;

namespace Seo.Application.Common.Mapping;

/// <summary>How the API writes a checkpoint-local time of day: "HH:mm", whatever the server's culture.</summary>
public static class LocalTimeText
{
    public static string Of(TimeOnly time) => time.ToString("HH\\:mm", CultureInfo.InvariantCulture);
}
