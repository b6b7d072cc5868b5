using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Seo.Application.Bookings.Create;
using Seo.Application.Bookings.Reschedule;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Behaviours;
using Seo.Application.Common.Events;
using Seo.Application.Verification.Common;

namespace Seo.Application;

public static class DependencyInjection
{
    /// <summary>Use cases, their validators and the pipeline: telemetry → logging → validation → registry checks → unit of work.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(DependencyInjection)];
            // Registry checks come before the unit of work: no transaction is held open while the registries answer.
            options.PipelineBehaviors = [typeof(Common.Telemetry.TelemetryBehavior<,>), typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(RegistryChecksBehavior<,>), typeof(Bookings.Admission.CheckpointAdmissionBehavior<,>), typeof(UnitOfWorkBehavior<,>), typeof(AuditBehavior<,>)];
        });
        services.AddScoped<DomainEventReactions>();
        services.AddDomainEventReactions(typeof(DependencyInjection).Assembly);
        services.AddSingleton<AvailabilityMetrics>();
        services.TryAddSingleton<Common.Telemetry.MessageMetrics>();
        services.TryAddSingleton<Live.LiveMetrics>();
        // Boards' defaults; the host replaces them with its configuration (Seo:Boards).
        services.TryAddSingleton(new Live.Boards.BoardOptions());
        services.AddScoped<SlotAvailability>();
        services.AddSingleton<Bookings.Admission.CheckpointAdmission>();
        services.TryAddSingleton<CheckpointCatalog.Snapshot>();
        services.AddScoped<CheckpointCatalog>();
        services.TryAddScoped<PriorityLimits>();
        services.AddScoped<Accounts.Sessions.SessionTokens>();
        services.AddScoped<Accounts.Sessions.SecondFactor>();
        services.TryAddSingleton(new Accounts.Sessions.SessionOptions());
        services.AddScoped<Crossings.Common.AnprReadRecorder>();
        services.AddScoped<Bookings.Create.PriorityGrounds>();
        services.AddScoped<Bookings.Create.CreateBookingEligibility>();
        services.AddScoped<Bookings.Common.BookingAccess>();
        services.AddScoped<BookingOwnerAccount>();
        services.AddScoped<Tariffs.TariffHistory>();
        services.AddScoped<Payments.Common.PaymentSettlement>();
        services.AddScoped<Payments.Common.GatewayCalls>();
        services.AddScoped<Payments.GetPayment.PaymentVisibility>();
        services.AddScoped<Ledger.Common.RemittanceDeadline>();
        // Money's defaults; the host replaces them with its configuration (Seo:Payments, Seo:Remittance, Seo:Receipts).
        services.TryAddSingleton(new Payments.Common.PaymentOptions());
        services.TryAddSingleton(new Ledger.Common.RemittanceOptions());
        services.TryAddSingleton(new Payments.Receipts.ReceiptOptions());
        services.AddScoped<Accounts.Register.RegistrationAttemptNotice>();
        services.AddScoped<Bookings.Caps.BookingCapPolicy>();
        services.AddScoped<Draws.Enter.DayRelease>();
        services.AddScoped<Checkpoints.CapacityPlans.ReviseCapacityPlan.CapacityCutMoves>();
        services.AddScoped<Bookings.RefundDisplaced.DisplacedBookingRefunds>();
        services.AddScoped<Messaging.Common.OwnerNotices>();
        services.AddScoped<Waitlist.Common.WaitlistPlaces>();
        services.AddScoped<VerificationRun>();
        services.AddScoped<Barriers.Collect.BarrierCommandPoll>();
        services.AddScoped<IVerificationSubjectReader<CreateBooking>, CreateBookingChecks>();
        services.AddScoped<IVerificationSubjectReader<RescheduleBooking>, RescheduleBookingChecks>();
        // The journey's messages (R29, R33, R34, R35): made from outbox events, sent by the delivery job.
        services.TryAddEnumerable(ServiceDescriptor.Scoped<Common.Ports.IOutboxHandler, Messaging.CreateJourneyMessages.JourneyMessagesProjection>());
        // The open data (docs/capacity.md): each booking's day at its checkpoint, from the journey's events.
        services.TryAddEnumerable(ServiceDescriptor.Scoped<Common.Ports.IOutboxHandler, OpenData.Common.OpenDataProjection>());
        services.AddScoped<Messaging.Deliver.MessageDelivery>();
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }

    /// <summary>Registers, scoped, every concrete <see cref="IDomainEventReaction{TEvent}"/> in <paramref name="assembly"/>, once per event type it handles.</summary>
    public static IServiceCollection AddDomainEventReactions(this IServiceCollection services, System.Reflection.Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var reaction in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEventReaction<>)))
            {
                services.AddScoped(reaction, type);
            }
        }

        return services;
    }
}
