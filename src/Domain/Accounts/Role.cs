namespace Seo.Domain.Accounts;

/// <summary>Who an account acts as.</summary>
public enum Role
{
    /// <summary>A carrier or fleet operator who books (R3, R15).</summary>
    User,

    /// <summary>State revenue / customs officer (ОГД): watches and searches crossings (R2.1, R4).</summary>
    Officer,

    /// <summary>The operator of the system (регистратор СЭО).</summary>
    Registrar,

    /// <summary>Reads crossing logs and statistics.</summary>
    Analyst,

    /// <summary>A camera, barrier or information board at a checkpoint.</summary>
    Device,
}

/// <summary>Whether the owner is a person or an organisation (R16.3).</summary>
public enum OwnerKind
{
    Individual,
    LegalEntity,
}

/// <summary>How personal-data consent was given (R16, end).</summary>
public enum ConsentChannel
{
    /// <summary>Residents: through the state personal-data access service.</summary>
    StatePersonalDataService,

    /// <summary>Non-residents: by accepting the user agreement.</summary>
    UserAgreement,
}
