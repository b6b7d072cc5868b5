using Seo.Domain.Common;

namespace Seo.Application.Sandbox.Common;

public static class SandboxErrors
{
    public static readonly DomainError RecordNotFound =
        DomainError.NotFound("registry-record-not-found", "The registry holds no record with that key.");
}
