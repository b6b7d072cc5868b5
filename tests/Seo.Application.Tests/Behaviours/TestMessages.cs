using Mediator;
using Seo.Domain.Common;

namespace Seo.Application.Tests.Behaviours;

/// <summary>A command of the pipeline's shape, so the behaviours can be driven without a real handler.</summary>
public sealed record DoSomething(string? Vin) : ICommand<Result<int>>;

/// <summary>A command whose handler answers a bare <see cref="Result"/>.</summary>
public sealed record DoSomethingPlain : ICommand<Result>;

/// <summary>A command that needs the registry checks.</summary>
public sealed record CheckedThing : ICommand<Result<int>>, Seo.Application.Verification.Common.IVerifiedCommand;
