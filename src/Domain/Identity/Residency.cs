namespace Seo.Domain.Identity;

/// <summary>Resident or non-resident of Kazakhstan; decides which checks apply (R19).</summary>
public enum Residency
{
    Resident,
    NonResident,
}
