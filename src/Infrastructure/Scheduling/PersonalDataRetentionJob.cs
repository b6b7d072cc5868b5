using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Infrastructure.Privacy;

namespace Seo.Infrastructure.Scheduling;

/// <summary>
/// Deletes check records past their retention and erases the
/// drivers of bookings that ended long ago (<see cref="RetentionOptions"/>). Clustered: each firing
/// runs on one node; a sweep that stops half-way is finished by the next.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class PersonalDataRetentionJob(PersonalDataRetention retention, ILogger<PersonalDataRetentionJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var swept = await retention.SweepAsync(cancellationToken);
            if (swept.Any)
            {
                LogSwept(logger, swept.CheckRecords, swept.BookingsErased);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Thrown, it would only be logged again by Quartz; the next firing retries either way.
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Retention: {CheckRecords} check record(s) deleted, drivers of {Bookings} finished booking(s) erased")]
    private static partial void LogSwept(ILogger logger, int checkRecords, int bookings);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention sweep failed; the next firing retries")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
