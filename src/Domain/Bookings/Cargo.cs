namespace Seo.Domain.Bookings;

/// <summary>
/// What the vehicle carries, as far as the automated checks and the priority grounds need it:
/// goods under veterinary or phytosanitary control need a certificate (R18.15), goods need a
/// customs (goods or transit) declaration (R18.16), and the priority grounds of R6 for live
/// animals, perishable and dangerous goods and article 147 goods are proved by those papers.
/// A vehicle that travels empty carries <see cref="None"/>.
/// </summary>
public sealed record Cargo(bool UnderVeterinaryOrPhytosanitaryControl, string? CustomsDeclaration, string? VeterinaryCertificate)
{
    public const int MaxReferenceLength = 40;

    /// <summary>A new instance each time: EF Core tracks an owned value by reference, so two bookings must not share one.</summary>
    public static Cargo None => new(false, null, null);

    /// <summary>No goods declared: the vehicle travels empty.</summary>
    public bool IsEmpty => CustomsDeclaration is null && !UnderVeterinaryOrPhytosanitaryControl;
}
