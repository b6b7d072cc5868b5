using FluentValidation;
using NSubstitute;
using Seo.Application.Accounts;
using Seo.Application.Accounts.Register;
using Seo.Application.Common.Behaviours;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Identity;

namespace Seo.Application.Tests.Accounts;

public sealed class RegisterAccountTests
{
    private readonly List<Account> _accounts = [];
    private readonly IRepository<Account> _repository;
    private readonly IPasswordHasher _hasher = Substitute.For<IPasswordHasher>();

    public RegisterAccountTests()
    {
        _repository = Substitutes.Repository(_accounts);
        _hasher.Hash(Arg.Any<string>()).Returns(call => "hashed:" + call.Arg<string>());
    }

    private static RegisterAccount Resident(string? taxId = null) => new(
        "Carrier@Example.kz", "correct horse battery", OwnerKind.Individual, Residency.Resident, null, "Ахметов", "Серик", null,
        taxId ?? TestData.ValidIin, "+7 701 123-45-67", AcceptUserAgreement: true, ConsentToPersonalDataProcessing: true);

    private static RegisterAccount NonResidentCompany() => new(
        "ops@xinjiang-logistics.cn", "correct horse battery", OwnerKind.LegalEntity, Residency.NonResident, "Xinjiang Logistics Co.", null, null, null,
        null, "+8613800138000", AcceptUserAgreement: true, ConsentToPersonalDataProcessing: true);

    private Task<Result<AccountDto>> Handle(RegisterAccount command) =>
        new RegisterAccountHandler(_repository, new FakePasswordWork(_hasher), TestData.Options(), TestData.Clock()).Handle(command, CancellationToken.None).AsTask();

    private static DomainError? Validate(RegisterAccount command)
    {
        var failures = new RegisterAccountValidator().Validate(command).Errors;
        return failures.Count == 0 ? null : ValidationBehavior<RegisterAccount, Result<AccountDto>>.ToDomainError(failures);
    }

    [Fact]
    public async Task R15_resident_registers_with_consent_through_the_state_service_and_a_hashed_password()
    {
        var dto = (await Handle(Resident())).ShouldSucceed();

        dto.Email.ShouldBe("carrier@example.kz");
        dto.Role.ShouldBe(Role.User);
        dto.Residency.ShouldBe(Residency.Resident);
        dto.TaxId.ShouldBe(TestData.ValidIin);
        dto.Phone.ShouldBe("+77011234567");
        dto.AgreementVersion.ShouldBe("2023-07-01");
        dto.AgreementSignedAt.ShouldBe(TestData.Now);
        dto.ConsentChannel.ShouldBe(ConsentChannel.StatePersonalDataService);
        _accounts.ShouldHaveSingleItem().PasswordHash.ShouldBe("hashed:correct horse battery");
    }

    [Fact]
    public async Task R16_non_resident_company_registers_without_a_tax_id_and_consents_through_the_agreement()
    {
        var dto = (await Handle(NonResidentCompany())).ShouldSucceed();

        dto.TaxId.ShouldBeNull();
        dto.DisplayName.ShouldBe("Xinjiang Logistics Co.");
        dto.ConsentChannel.ShouldBe(ConsentChannel.UserAgreement);
    }

    [Fact]
    public async Task Email_already_registered_is_refused_whatever_its_case()
    {
        _accounts.Add(TestData.User(email: "carrier@example.kz"));

        var result = await Handle(Resident());

        result.ShouldFailWith("email-taken");
        _accounts.Count.ShouldBe(1);
        await _repository.DidNotReceiveWithAnyArgs().AddAsync(default!, default);
    }

    [Fact]
    public async Task R16_3_resident_without_an_iin_is_refused()
    {
        var result = await Handle(Resident() with { TaxId = " " });

        result.ShouldFailWith("tax-id-required").Rule.ShouldBe("R16.3");
        _accounts.ShouldBeEmpty();
    }

    [Fact]
    public async Task R16_3_resident_with_a_wrong_iin_check_digit_is_refused()
    {
        var iin = TestData.ValidIin;
        var wrong = iin[..11] + (char)('0' + ((iin[11] - '0' + 1) % 10));

        var result = await Handle(Resident(wrong));

        result.ShouldFailWith("invalid-iin");
        _accounts.ShouldBeEmpty();
    }

    [Fact]
    public void Valid_registration_passes_the_validator() => Validate(Resident()).ShouldBeNull();

    [Theory]
    [InlineData("not-an-email", "invalid-email", "email")]
    [InlineData("carrier@localhost", "invalid-email", "email")]
    public void Malformed_email_is_invalid_email(string email, string code, string field)
    {
        var error = Validate(Resident() with { Email = email }).ShouldNotBeNull();

        error.Code.ShouldBe(code);
        error.Errors.ShouldNotBeNull().Keys.ShouldBe([field]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("123456789")]
    public void Password_under_ten_characters_is_a_weak_password(string? password)
    {
        var error = Validate(Resident() with { Password = password }).ShouldNotBeNull();

        error.Code.ShouldBe("weak-password");
        error.Errors.ShouldNotBeNull().Keys.ShouldBe(["password"]);
    }

    [Theory]
    [InlineData("87011234567")]
    [InlineData("+7 701")]
    [InlineData("+0123456789")]
    public void Phone_not_in_international_form_is_invalid_phone(string phone)
    {
        var error = Validate(Resident() with { Phone = phone }).ShouldNotBeNull();

        error.Code.ShouldBe("invalid-phone");
        error.Errors.ShouldNotBeNull().Keys.ShouldBe(["phone"]);
    }

    [Fact]
    public void R15_registration_without_the_user_agreement_is_refused()
    {
        var error = Validate(Resident() with { AcceptUserAgreement = false }).ShouldNotBeNull();

        error.Code.ShouldBe("user-agreement-required");
        error.Errors.ShouldNotBeNull().Keys.ShouldBe(["acceptUserAgreement"]);
    }

    [Fact]
    public void R16_registration_without_consent_to_personal_data_processing_is_refused()
    {
        var error = Validate(Resident() with { ConsentToPersonalDataProcessing = false }).ShouldNotBeNull();

        error.Code.ShouldBe("user-agreement-required");
    }

    [Fact]
    public void Several_different_problems_are_reported_together_as_validation_failed()
    {
        var error = Validate(Resident() with { Email = "nope", Phone = "nope" }).ShouldNotBeNull();

        error.Code.ShouldBe("validation-failed");
        error.Kind.ShouldBe(ErrorKind.Validation);
        error.Errors.ShouldNotBeNull().Keys.ShouldBe(["email", "phone"], ignoreOrder: true);
    }

    [Fact]
    public void Kind_and_residency_are_required_fields()
    {
        var error = Validate(Resident() with { Kind = null, Residency = null }).ShouldNotBeNull();

        error.Code.ShouldBe("required-field");
        error.Errors.ShouldNotBeNull().Keys.ShouldBe(["kind", "residency"], ignoreOrder: true);
    }
}
