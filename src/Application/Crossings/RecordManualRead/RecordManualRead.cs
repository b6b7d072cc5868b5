using Mediator;
using Seo.Application.Crossings.Common;
using Seo.Domain.Common;

namespace Seo.Application.Crossings.RecordManualRead;

/// <summary>
/// R10: an officer (or the registrar) enters a plate by hand for a camera that could not read it —
/// down, blinded, or a plate it cannot make out — so that reading does not stop with the camera. The
/// read stands in for that camera's and takes its path; the officer is the signed-in account.
/// </summary>
/// <param name="DeviceId">The camera the read stands in for.</param>
/// <param name="EventId">The console's id of the entry: a resend with the same id is one read.</param>
/// <param name="Plate">The plate as the officer typed it.</param>
/// <param name="CapturedAt">When the truck was at the camera; the server's clock when absent.</param>
/// <param name="Reason">Why the camera's read was not enough; kept with the read.</param>
public sealed record RecordManualRead(Guid DeviceId, Guid? EventId, string? Plate, DateTimeOffset? CapturedAt, string? Reason)
    : ICommand<Result<RecordedManualRead>>;

/// <summary>The stored read, and whether this request stored it (false: the same entry was sent again).</summary>
public sealed record RecordedManualRead(AnprEventDto Read, bool Created);
