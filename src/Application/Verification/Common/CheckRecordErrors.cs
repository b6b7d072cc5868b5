using Seo.Domain.Common;

namespace Seo.Application.Verification.Common;

public static class CheckRecordErrors
{
    public static readonly DomainError NotFound = DomainError.NotFound("check-record-not-found", "No such check record.");
}
