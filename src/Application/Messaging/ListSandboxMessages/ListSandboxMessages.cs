using FluentValidation;
using Mediator;
using Seo.Application.Common.Validation;
using Seo.Application.Messaging.Common;
using Seo.Domain.Common;
using Seo.Domain.Messaging;

namespace Seo.Application.Messaging.ListSandboxMessages;

/// <summary>Sandbox mode: the messages the sandbox adapters received instead of the providers, newest first.</summary>
public sealed record ListSandboxMessages(Guid? Booking, MessageKind? Kind, int Page = 1, int PageSize = 50) : IQuery<Result<SandboxMessagePage>>;

public sealed class ListSandboxMessagesValidator : AbstractValidator<ListSandboxMessages>
{
    public const int MaxPageSize = 200;

    public ListSandboxMessagesValidator()
    {
        RuleFor(q => q.Page).IsAPage();
        RuleFor(q => q.PageSize).IsAPageSize(MaxPageSize);
    }
}

public sealed class ListSandboxMessagesHandler(ISandboxMessages sandbox) : IQueryHandler<ListSandboxMessages, Result<SandboxMessagePage>>
{
    public async ValueTask<Result<SandboxMessagePage>> Handle(ListSandboxMessages query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await sandbox.ListAsync(query.Booking, query.Kind, query.Page, query.PageSize, cancellationToken);
    }
}
