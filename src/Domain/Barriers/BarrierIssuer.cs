namespace Seo.Domain.Barriers;

/// <summary>Who gave a barrier command, as the audit log shows it (R11: every command is kept with who gave it).</summary>
/// <param name="AccountId">The staff account; none for the system.</param>
/// <param name="Name">"system", or the staff member's e-mail address.</param>
public sealed record BarrierIssuer(BarrierCommandSource Source, Guid? AccountId, string Name)
{
    public const int MaxNameLength = 320;

    public static readonly BarrierIssuer System = new(BarrierCommandSource.System, null, "system");

    /// <summary>An officer (or the registrar) at the console.</summary>
    public static BarrierIssuer Console(Guid accountId, string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return new(BarrierCommandSource.Console, accountId, email.Length <= MaxNameLength ? email : email[..MaxNameLength]);
    }
}
