using System.Globalization;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Application.Checkpoints.CapacityPlans.ReviseCapacityPlan;

/// <summary>Turns a registrar's (validated) schedules into the domain's, each refusal naming the field it is about.</summary>
internal static class ScheduleInputs
{
    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH\\:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static Result<WeeklyCapacity> ToWeek(WeekInput week)
    {
        var days = new Dictionary<DayOfWeek, CapacitySchedule>();
        foreach (var (day, input) in new[]
        {
            (DayOfWeek.Monday, week.Monday), (DayOfWeek.Tuesday, week.Tuesday), (DayOfWeek.Wednesday, week.Wednesday),
            (DayOfWeek.Thursday, week.Thursday), (DayOfWeek.Friday, week.Friday), (DayOfWeek.Saturday, week.Saturday), (DayOfWeek.Sunday, week.Sunday),
        })
        {
            var schedule = ToSchedule(input!, $"week.{day.ToString().ToLowerInvariant()}");
            if (!schedule.IsSuccess)
            {
                return schedule.Error;
            }

            days[day] = schedule.Value;
        }

        return WeeklyCapacity.Create(days);
    }

    public static Result<IReadOnlyList<CapacityOverride>> ToExceptions(IReadOnlyList<CapacityExceptionInput> inputs)
    {
        var exceptions = new List<CapacityOverride>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var field = $"exceptions[{i}]";
            var schedule = ToSchedule(input.Schedule!, $"{field}.schedule");
            if (!schedule.IsSuccess)
            {
                return schedule.Error;
            }

            var exception = CapacityOverride.Create(input.From!.Value, input.To!.Value, schedule.Value, input.Reason);
            if (!exception.IsSuccess)
            {
                return exception.Error with { Errors = new Dictionary<string, string[]> { [field] = [exception.Error.Message] } };
            }

            exceptions.Add(exception.Value);
        }

        return exceptions;
    }

    private static Result<CapacitySchedule> ToSchedule(ScheduleInput input, string field)
    {
        _ = TryParseTime(input.OpensAt, out var opensAt);
        var schedule = CapacitySchedule.Create(opensAt, input.HoursOpen!.Value, input.IntervalMinutes!.Value, input.VehiclesPerInterval!.Value);
        return schedule.IsSuccess
            ? schedule
            : schedule.Error with { Errors = new Dictionary<string, string[]> { [field] = [schedule.Error.Message] } };
    }
}
