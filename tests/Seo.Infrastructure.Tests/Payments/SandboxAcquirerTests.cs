using Microsoft.Extensions.Time.Testing;
using Seo.Application.Common.Ports;
using Seo.Domain.Payments;
using Seo.Infrastructure.Payments.Gateway;
using Seo.Infrastructure.Payments.Sandbox;
using Seo.Tests.Shared;

namespace Seo.Infrastructure.Tests.Payments;

public sealed class SandboxAcquirerTests
{
    private readonly FakeTimeProvider _clock = new(TestData.Now.ToUniversalTime());
    private readonly GatewayCallbackSecret _secret = GatewayCallbackSecret.CreateRandom();

    private SandboxAcquirer Acquirer(SandboxApproval approval = SandboxApproval.PaymentPage) =>
        new(new SandboxAcquirerOptions { Approval = approval }, _secret, _clock);

    private static GatewayPaymentRequest Request(Guid intent, string key) =>
        new(intent, key, Money.Kzt(8_650m), "Electronic queue booking DOSTYK-20261201-0001", "DOSTYK-20261201-0001", TestData.Now.AddMinutes(30));

    [Fact]
    public async Task R23_automatic_approval_settles_every_payment_at_once_with_a_reference_of_its_own()
    {
        var acquirer = Acquirer(SandboxApproval.Automatic);

        var first = await acquirer.StartAsync(Request(Guid.NewGuid(), "a-0"), CancellationToken.None);
        var second = await acquirer.StartAsync(Request(Guid.NewGuid(), "b-0"), CancellationToken.None);

        first.Status.ShouldBe(GatewayPaymentStatus.Succeeded);
        first.Amount.ShouldBe(Money.Kzt(8_650m));
        first.PaymentPage.ShouldBeNull();
        first.GatewayPaymentId.ShouldNotBeNull().ShouldStartWith("SBX-");
        second.GatewayPaymentId.ShouldNotBe(first.GatewayPaymentId);
    }

    [Fact]
    public async Task R23_a_retry_with_the_same_key_finds_the_same_payment_and_a_new_key_opens_another()
    {
        var acquirer = Acquirer();
        var intent = Guid.NewGuid();

        var first = await acquirer.StartAsync(Request(intent, "k-0"), CancellationToken.None);
        var retry = await acquirer.StartAsync(Request(intent, "k-0"), CancellationToken.None);
        var next = await acquirer.StartAsync(Request(intent, "k-1"), CancellationToken.None);

        retry.ShouldBe(first);
        next.GatewayPaymentId.ShouldNotBe(first.GatewayPaymentId);
        (await acquirer.FindAsync(intent, CancellationToken.None)).GatewayPaymentId.ShouldBe(next.GatewayPaymentId);
    }

    [Fact]
    public async Task On_the_payment_page_the_payer_approves_and_a_callback_signed_with_the_secret_is_made()
    {
        var acquirer = Acquirer();
        var intent = Guid.NewGuid();
        var opened = await acquirer.StartAsync(Request(intent, "k-0"), CancellationToken.None);
        opened.Status.ShouldBe(GatewayPaymentStatus.AwaitingPayer);
        opened.PaymentPage!.ToString().ShouldBe($"/sandbox/acquirer/payments/{opened.GatewayPaymentId}");

        var callback = acquirer.Approve(opened.GatewayPaymentId!, SandboxDelivery.Now).ShouldSucceed().ShouldHaveSingleItem();

        var gatewayEvent = new HmacGatewayCallbackAuthenticator(_secret, _clock).Authenticate(callback.Body, callback.Signature).ShouldSucceed();
        gatewayEvent.Type.ShouldBe(GatewayEventType.PaymentSucceeded);
        gatewayEvent.IntentId.ShouldBe(intent);
        gatewayEvent.Amount.ShouldBe(Money.Kzt(8_650m));
        (await acquirer.FindAsync(intent, CancellationToken.None)).Status.ShouldBe(GatewayPaymentStatus.Succeeded);
    }

    [Fact]
    public async Task Callbacks_can_be_held_repeated_and_released_in_reverse_order()
    {
        var acquirer = Acquirer();
        var opened = await acquirer.StartAsync(Request(Guid.NewGuid(), "k-0"), CancellationToken.None);
        var other = await acquirer.StartAsync(Request(Guid.NewGuid(), "m-0"), CancellationToken.None);

        acquirer.Approve(opened.GatewayPaymentId!, SandboxDelivery.Hold).ShouldSucceed().ShouldBeEmpty();
        acquirer.Reverse(opened.GatewayPaymentId!, "chargeback", SandboxDelivery.Hold).ShouldSucceed().ShouldBeEmpty();
        var twice = acquirer.Decline(other.GatewayPaymentId!, "insufficient funds", SandboxDelivery.Twice).ShouldSucceed();

        twice.Count.ShouldBe(2);
        twice[0].ShouldBe(twice[1]);
        acquirer.Held().Select(callback => callback.Type).ShouldBe([GatewayEventType.PaymentSucceeded, GatewayEventType.PaymentReversed]);
        acquirer.ReleaseHeld(reverseOrder: true).Select(callback => callback.Type).ShouldBe([GatewayEventType.PaymentReversed, GatewayEventType.PaymentSucceeded]);
        acquirer.Held().ShouldBeEmpty();
    }

    [Fact]
    public async Task Only_a_payment_awaiting_its_payer_can_be_approved_and_only_a_succeeded_one_reversed_or_refunded()
    {
        var acquirer = Acquirer();
        var intent = Guid.NewGuid();
        var opened = await acquirer.StartAsync(Request(intent, "k-0"), CancellationToken.None);

        acquirer.Reverse(opened.GatewayPaymentId!, "chargeback", SandboxDelivery.Now).ShouldFailWith("sandbox-payment-not-succeeded");
        (await acquirer.RefundAsync(new GatewayRefundRequest(intent, opened.GatewayPaymentId!, "r", Money.Kzt(8_650m), "fault"), CancellationToken.None)).Succeeded.ShouldBeFalse();
        acquirer.Approve(opened.GatewayPaymentId!, SandboxDelivery.Now).ShouldSucceed();
        acquirer.Approve(opened.GatewayPaymentId!, SandboxDelivery.Now).ShouldFailWith("sandbox-payment-not-awaitingpayer");
        acquirer.Approve("SBX-NONE", SandboxDelivery.Now).ShouldFailWith("sandbox-payment-not-found");

        var refund = await acquirer.RefundAsync(new GatewayRefundRequest(intent, opened.GatewayPaymentId!, "r", Money.Kzt(8_650m), "fault"), CancellationToken.None);
        var again = await acquirer.RefundAsync(new GatewayRefundRequest(intent, opened.GatewayPaymentId!, "r", Money.Kzt(8_650m), "fault"), CancellationToken.None);

        refund.Succeeded.ShouldBeTrue();
        again.RefundId.ShouldBe(refund.RefundId);
        (await acquirer.FindAsync(intent, CancellationToken.None)).Status.ShouldBe(GatewayPaymentStatus.Refunded);
    }
}
