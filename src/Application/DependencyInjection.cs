using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Seo.Application.Bookings.Create;
using Seo.Application.Bookings.Reschedule;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Behaviours;
using Seo.Application.Verification.Common;

namespace Seo.Application;

public static class DependencyInjection
{
    /// <summary>Use cases, their validators and the pipeline: logging → validation → registry checks → unit of work.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(DependencyInjection)];
            // Registry checks come before the unit of work: no transaction is held open while the registries answer.
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(RegistryChecksBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
        });
        services.AddSingleton<AvailabilityMetrics>();
        services.AddScoped<SlotAvailability>();
        services.AddScoped<Bookings.Create.PriorityGrounds>();
        services.AddScoped<VerificationRun>();
        services.AddScoped<IVerificationSubjectReader<CreateBooking>, CreateBookingChecks>();
        services.AddScoped<IVerificationSubjectReader<RescheduleBooking>, RescheduleBookingChecks>();
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }
}
