using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Behaviours;

namespace Seo.Application;

public static class DependencyInjection
{
    /// <summary>Use cases, their validators and the pipeline: logging → validation → unit of work.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(DependencyInjection)];
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
        });
        services.AddSingleton<AvailabilityMetrics>();
        services.AddScoped<SlotAvailability>();
        services.AddScoped<Bookings.Create.PriorityGrounds>();
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }
}
