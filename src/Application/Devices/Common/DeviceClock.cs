using Seo.Domain.Common;

namespace Seo.Application.Devices.Common;

/// <summary>
/// Whether an instant a device reports fits the server's clock: not ahead of it by more than the
/// allowed skew, not older than what the use case still accepts. A well-formed report the server
/// cannot act on is 422, with the field named, and changes nothing.
/// </summary>
public static class DeviceClock
{
    public const string AheadCode = "device-clock-ahead";
    public const string TooOldCode = "device-report-too-old";

    public static DomainError? Check(DateTimeOffset reported, string field, DateTimeOffset now, TimeSpan skew, TimeSpan maxAge)
    {
        if (reported > now + skew)
        {
            return new DomainError(
                AheadCode,
                $"'{field}' is more than {skew.TotalMinutes:0.#} minutes ahead of the server's clock; set the device's clock.",
                ErrorKind.Unprocessable)
            {
                Details = new Dictionary<string, object?> { ["field"] = field, ["serverTime"] = now },
            };
        }

        if (reported < now - maxAge)
        {
            return new DomainError(
                TooOldCode,
                $"'{field}' is more than {maxAge.TotalHours:0.#} hours before the server's clock; the report is too old to accept.",
                ErrorKind.Unprocessable)
            {
                Details = new Dictionary<string, object?> { ["field"] = field, ["serverTime"] = now },
            };
        }

        return null;
    }
}
