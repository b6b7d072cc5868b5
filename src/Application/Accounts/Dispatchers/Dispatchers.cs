using FluentValidation;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Application.Accounts.Dispatchers;

/// <summary>R15: the organisation's account lets another user account book its trucks.</summary>
public sealed record AddDispatcher(Guid? AccountId) : ICommand<Result<DispatcherDto>>;

/// <summary>R15: the organisation stops a dispatcher; the dispatcher's next booking is refused.</summary>
public sealed record RevokeDispatcher(Guid AccountId) : ICommand<Result>;

/// <summary>The organisation's dispatchers, revoked ones included.</summary>
public sealed record ListDispatchers : IQuery<Result<IReadOnlyList<DispatcherDto>>>;

public sealed record DispatcherDto(Guid AccountId, string Email, string DisplayName, DateTimeOffset GrantedAt, DateTimeOffset? RevokedAt, bool Active);

public sealed class AddDispatcherValidator : AbstractValidator<AddDispatcher>
{
    public AddDispatcherValidator() => RuleFor(c => c.AccountId).NotNull().WithErrorCode("required-field").NotEqual(Guid.Empty).WithErrorCode("required-field");
}

public sealed class AddDispatcherHandler(
    IRepository<Account> accounts, IRepository<DispatcherGrant> grants, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<AddDispatcher, Result<DispatcherDto>>
{
    public async ValueTask<Result<DispatcherDto>> Handle(AddDispatcher command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var organisation = currentUser.AccountId is { } id ? await accounts.FirstOrDefaultAsync(new AccountByIdSpec(id, readOnly: true), cancellationToken) : null;
        if (organisation is null)
        {
            return IdentityErrors.NotAnOrganisation;
        }

        var dispatcher = await accounts.FirstOrDefaultAsync(new AccountByIdSpec(new AccountId(command.AccountId!.Value), readOnly: true), cancellationToken);
        if (dispatcher is null)
        {
            return IdentityErrors.DispatcherNotFound;
        }

        // Adding an active dispatcher again answers the grant there is.
        var existing = await grants.FirstOrDefaultAsync(new ActiveDispatcherGrantSpec(organisation.Id, dispatcher.Id), cancellationToken);
        if (existing is not null)
        {
            return DispatcherDto(existing, dispatcher);
        }

        var grant = DispatcherGrant.Grant(organisation, dispatcher, clock.GetUtcNow());
        if (!grant.IsSuccess)
        {
            return grant.Error;
        }

        await grants.AddAsync(grant.Value, cancellationToken);
        return DispatcherDto(grant.Value, dispatcher);
    }

    internal static DispatcherDto DispatcherDto(DispatcherGrant grant, Account dispatcher) =>
        new(dispatcher.Id.Value, dispatcher.Email.Value, dispatcher.DisplayName, grant.GrantedAt, grant.RevokedAt, grant.IsActive);
}

public sealed class RevokeDispatcherHandler(IRepository<DispatcherGrant> grants, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RevokeDispatcher, Result>
{
    public async ValueTask<Result> Handle(RevokeDispatcher command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var grant = currentUser.AccountId is { } organisation
            ? await grants.FirstOrDefaultAsync(new ActiveDispatcherGrantSpec(organisation, new AccountId(command.AccountId)), cancellationToken)
            : null;
        if (grant is null)
        {
            return IdentityErrors.DispatcherNotFound;
        }

        grant.Revoke(clock.GetUtcNow());
        return Result.Success();
    }
}

public sealed class ListDispatchersHandler(IRepository<Account> accounts, IRepository<DispatcherGrant> grants, ICurrentUser currentUser)
    : IQueryHandler<ListDispatchers, Result<IReadOnlyList<DispatcherDto>>>
{
    public async ValueTask<Result<IReadOnlyList<DispatcherDto>>> Handle(ListDispatchers query, CancellationToken cancellationToken)
    {
        if (currentUser.AccountId is not { } organisation)
        {
            return IdentityErrors.NotAnOrganisation;
        }

        // Two queries whatever the number of grants: the grants, then the names of their dispatchers.
        var list = await grants.ListAsync(new DispatcherGrantsOfOrganisationSpec(organisation), cancellationToken);
        if (list.Count == 0)
        {
            return Array.Empty<DispatcherDto>();
        }

        var names = (await accounts.ListAsync(new AccountNamesSpec([.. list.Select(g => g.Dispatcher).Distinct()]), cancellationToken))
            .ToDictionary(a => a.Id);
        var dispatchers = new List<DispatcherDto>(list.Count);
        foreach (var grant in list)
        {
            if (names.TryGetValue(grant.Dispatcher, out var dispatcher))
            {
                dispatchers.Add(new DispatcherDto(
                    grant.Dispatcher.Value, dispatcher.Email.Value, dispatcher.DisplayName, grant.GrantedAt, grant.RevokedAt, Active: grant.RevokedAt is null));
            }
        }

        return dispatchers;
    }
}
