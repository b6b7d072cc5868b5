using Seo.Domain.Common;

namespace Seo.Application.Common.Validation;

/// <summary>A range of checkpoint-local days a query lists: 'to' not before 'from', and at most so many days.</summary>
public static class DayRange
{
    /// <summary>The refusal of a range that ends before it begins or spans more than <paramref name="maxDays"/>; null for a good one.</summary>
    public static DomainError? Refusal(DateOnly from, DateOnly to, int maxDays) =>
        to < from || to.DayNumber - from.DayNumber >= maxDays
            ? DomainError.Validation(
                "invalid-date-range",
                $"'to' is not before 'from' and the range is at most {maxDays} days.",
                new Dictionary<string, string[]> { ["to"] = [$"From 'from' to at most {maxDays} days on."] })
            : null;
}
