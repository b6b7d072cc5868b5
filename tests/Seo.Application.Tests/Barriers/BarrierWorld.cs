using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Seo.Application.Barriers.Common;
using Seo.Application.Common.Events;
using Seo.Application.Common.Ports;
using Seo.Domain.Alerts;
using Seo.Domain.Barriers;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Application.Tests.Barriers;

/// <summary>
/// Devices, barrier commands and alerts in memory, with what the unit of work does at each save:
/// the application's in-transaction reactions run over the raised events, which are then written
/// (cleared), so a later unit reacts only to its own.
/// </summary>
internal sealed class BarrierWorld : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public BarrierWorld()
    {
        _services = new ServiceCollection()
            .AddSingleton(Substitutes.Repository(Devices))
            .AddSingleton(Substitutes.Repository(Commands))
            .AddSingleton(Substitutes.Repository(Alerts))
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton(Options)
            .AddDomainEventReactions(typeof(DomainEventReactions).Assembly)
            .BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = TestData.Clock();

    public BarrierOptions Options { get; } = new() { AckTimeout = TimeSpan.FromSeconds(10), MaxAttempts = 3 };

    public List<Device> Devices { get; } = [];

    public List<BarrierCommand> Commands { get; } = [];

    public List<CheckpointAlert> Alerts { get; } = [];

    public IRepository<BarrierCommand> CommandRepository => _services.GetRequiredService<IRepository<BarrierCommand>>();

    public IRepository<Device> DeviceRepository => _services.GetRequiredService<IRepository<Device>>();

    public Device Add(DeviceKind kind, CameraPoint point = CameraPoint.CheckpointEntry, CrossingDirection direction = CrossingDirection.Exit, string checkpoint = "DOSTYK")
    {
        var device = Device.Register(DeviceId.New(), $"{kind} {Devices.Count + 1}", CheckpointCode.Create(checkpoint).Value, point, direction, Clock.GetUtcNow(), kind)
            .Value.Device;
        device.ClearDomainEvents();
        Devices.Add(device);
        return device;
    }

    /// <summary>The save of a unit: reactions to every event raised so far (and to theirs), then the events are written.</summary>
    public async Task SaveAsync(params IHasDomainEvents[] raisedOutside)
    {
        var reactions = new DomainEventReactions(_services);
        var reactedTo = new HashSet<Guid>();
        while (true)
        {
            var fresh = raisedOutside.Concat(Commands).Concat(Alerts)
                .SelectMany(a => a.DomainEvents).Where(e => reactedTo.Add(e.EventId)).ToList();
            if (fresh.Count == 0)
            {
                break;
            }

            foreach (var domainEvent in fresh)
            {
                await reactions.ReactAsync(domainEvent, CancellationToken.None);
            }
        }

        foreach (var aggregate in raisedOutside.Concat(Commands).Concat(Alerts))
        {
            aggregate.ClearDomainEvents();
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
