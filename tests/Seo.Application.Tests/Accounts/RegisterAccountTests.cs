using FluentValidation;
using NSubstitute;
using Seo.Application.Accounts;
using Seo.Application.Accounts.Passwords;
using Seo.Application.Accounts.Register;
using Seo.Application.Messaging.Common;
using Seo.Application.Common.Behaviours;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Identity;
using Seo.Domain.Messaging;

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

    private readonly List<OutboundMessage> _messages = [];

    private Task<Result<RegistrationAccepted>> Handle(RegisterAccount command, bool emailChannel = true) =>
        new RegisterAccountHandler(
                _repository, new FakePasswordWork(_hasher), new RegistrationAttemptNotice(Substitutes.Repository(_messages), new MessagingChannels(Push: true, Email: emailChannel), TestData.Clock()),
                TestData.Options(), TestData.Clock())
            .Handle(command, CancellationToken.None).AsTask();

    private static DomainError? Validate(RegisterAccount command)
    {
        var failures = new RegisterAccountValidator().Validate(command).Errors;
        return failures.Count == 0 ? null : ValidationBehavior<RegisterAccount, Result<RegistrationAccepted>>.ToDomainError(failures);
    }

    [Fact]
    public async Task R15_resident_registers_with_consent_through_the_state_service_and_a_hashed_password()
    {
        (await Handle(Resident())).ShouldSucceed().Email.ShouldBe("carrier@example.kz");
        var dto = AccountDto.From(_accounts.ShouldHaveSingleItem());

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
        (await Handle(NonResidentCompany())).ShouldSucceed();
        var dto = AccountDto.From(_accounts.ShouldHaveSingleItem());

        dto.TaxId.ShouldBeNull();
        dto.DisplayName.ShouldBe("Xinjiang Logistics Co.");
        dto.ConsentChannel.ShouldBe(ConsentChannel.UserAgreement);
    }

    [Fact]
    public async Task A_taken_email_whatever_its_case_is_answered_as_a_fresh_one_makes_nothing_and_tells_its_holder_by_email()
    {
        var holder = TestData.User(email: "carrier@example.kz");
        _accounts.Add(holder);
        var fresh = await Handle(Resident() with { Email = "someone.else@example.kz" });
        _accounts.RemoveAll(a => a.Id != holder.Id);

        var taken = await Handle(Resident());

        taken.ShouldSucceed().ShouldBe(fresh.Value with { Email = "carrier@example.kz" });
        _accounts.ShouldHaveSingleItem().ShouldBeSameAs(holder);
        _hasher.Received(2).Hash("correct horse battery");
        var notice = _messages.ShouldHaveSingleItem();
        notice.Kind.ShouldBe(MessageKind.RegistrationAttempt);
        notice.Channel.ShouldBe(MessageChannel.Email);
        notice.Destination.ShouldBe("carrier@example.kz");
        notice.Account.ShouldBe(holder.Id);
        notice.Checkpoint.ShouldBeNull();
        notice.Text.ShouldContain("tried to register");
    }

    [Fact]
    public async Task Without_an_email_provider_the_holder_of_a_taken_email_is_told_by_sms()
    {
        var holder = TestData.User(email: "carrier@example.kz");
        _accounts.Add(holder);

        (await Handle(Resident(), emailChannel: false)).ShouldSucceed();

        var notice = _messages.ShouldHaveSingleItem();
        notice.Channel.ShouldBe(MessageChannel.Sms);
        notice.Destination.ShouldBe(holder.Owner!.Phone.Value);
    }

    [Fact]
    public async Task A_fresh_email_tells_nobody()
    {
        (await Handle(Resident())).ShouldSucceed();

        _messages.ShouldBeEmpty();
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
    [InlineData("password123")]
    [InlineData("QWERTYUIOP")]
    [InlineData("1234567890")]
    [InlineData("Password2026!")]
    [InlineData("iloveyou123")]
    [InlineData("kazakhstan1")]
    public void A_common_password_is_a_weak_password_whatever_its_case_and_trailing_digits(string password)
    {
        var error = Validate(Resident() with { Password = password }).ShouldNotBeNull();

        error.Code.ShouldBe("weak-password");
        error.Errors.ShouldNotBeNull()["password"].ShouldHaveSingleItem().ShouldContain("common");
    }

    [Fact]
    public void A_password_containing_the_emails_name_is_a_weak_password()
    {
        var error = Validate(Resident() with { Email = "nurlan.trans@example.kz", Password = "my-NURLAN.TRANS-key" }).ShouldNotBeNull();

        error.Code.ShouldBe("weak-password");
        error.Errors.ShouldNotBeNull()["password"].ShouldHaveSingleItem().ShouldContain("e-mail");
    }

    [Theory]
    [InlineData("correct horse battery", "carrier@example.kz")]
    [InlineData("Tr4ns-Almaty-route-9", "ab@example.kz")] // a two-letter local part is too short to count
    public void A_long_uncommon_password_is_accepted(string password, string email)
    {
        PasswordPolicy.Problem(password, email).ShouldBeNull();
    }

    [Theory]
    [InlineData("000000000000")]
    [InlineData("900230300019")]
    public void An_iin_that_cannot_exist_is_refused_at_registration_though_its_check_digit_passes(string first11AndAny)
    {
        var iin = TestData.WithCheckDigit(first11AndAny[..11]);

        var error = Validate(Resident(iin)).ShouldNotBeNull();

        error.Code.ShouldBe("invalid-iin");
        error.Errors.ShouldNotBeNull().Keys.ShouldBe(["taxId"]);
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
