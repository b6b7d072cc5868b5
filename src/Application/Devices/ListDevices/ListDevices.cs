using Ardalis.Specification;
using FluentValidation;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Application.Devices.Common;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Application.Devices.ListDevices;

/// <summary>The registered cameras, of one checkpoint when given, revoked ones included (the registrar sees them all).</summary>
public sealed record ListDevices(string? Checkpoint, int Page = 1, int PageSize = 20) : IQuery<Result<DevicePage>>;

/// <summary>One page of cameras; never a key or a key's hash (<see cref="DeviceDto"/>).</summary>
public sealed record DevicePage(int Page, int PageSize, int Total, IReadOnlyList<DeviceDto> Items)
{
    public int TotalPages => PagingRules.PageCount(Total, PageSize);
}

public sealed class ListDevicesValidator : AbstractValidator<ListDevices>
{
    public const int MaxPageSize = 100;

    public ListDevicesValidator()
    {
        RuleFor(q => q.Checkpoint).MustBe(CheckpointCode.Create).When(q => q.Checkpoint is not null);
        RuleFor(q => q.Page).IsAPage();
        RuleFor(q => q.PageSize).IsAPageSize(MaxPageSize);
    }
}

public sealed class ListDevicesHandler(IRepository<Device> devices) : IQueryHandler<ListDevices, Result<DevicePage>>
{
    public async ValueTask<Result<DevicePage>> Handle(ListDevices query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var checkpoint = query.Checkpoint is null ? null : CheckpointCode.Create(query.Checkpoint).Value;
        var total = await devices.CountAsync(new DevicesSpec(checkpoint), cancellationToken);
        var page = await devices.ListAsync(new DevicesSpec(checkpoint, (query.Page - 1) * query.PageSize, query.PageSize), cancellationToken);
        return new DevicePage(query.Page, query.PageSize, total, page);
    }
}

/// <summary>Cameras by checkpoint, name and id: the id breaks ties, so pages never overlap. A page is selected as DTOs.</summary>
public sealed class DevicesSpec : Specification<Device, DeviceDto>
{
    public DevicesSpec(CheckpointCode? checkpoint, int? skip = null, int? take = null)
    {
        Query.AsNoTracking().Select(DeviceDto.Projection.Expression);
        if (checkpoint is not null)
        {
            Query.Where(d => d.Checkpoint == checkpoint);
        }

        if (skip is { } from && take is { } size)
        {
            Query.OrderBy(d => d.Checkpoint).ThenBy(d => d.Name).ThenBy(d => d.Id).Skip(from).Take(size);
        }
    }
}
