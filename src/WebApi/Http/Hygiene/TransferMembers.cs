namespace Seo.WebApi.Http.Hygiene;

/// <summary>
/// R36 on an endpoint that changes a booking: members that would hand it to another owner or
/// vehicle are not merely unknown — they ask for what the Rules forbid, and the refusal cites R36
/// instead of silently moving the booking and ignoring them.
/// </summary>
internal sealed class TransferMembers(params string[] members)
{
    public bool Covers(string member) =>
        members.Any(m => member.Equals(m, StringComparison.OrdinalIgnoreCase) || member.StartsWith(m + ".", StringComparison.OrdinalIgnoreCase));

    public static InputProblem Refusal(string member) => new(
        "booking-not-transferable",
        member,
        $"'{member}' cannot change: a booking's owner and vehicle never change after it is issued (R36); a reschedule moves only its date and interval.",
        StatusCodes.Status409Conflict,
        "R36");
}
