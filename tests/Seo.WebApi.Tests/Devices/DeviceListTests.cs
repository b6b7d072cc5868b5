using System.Net;
using Seo.WebApi.Tests.Crossings;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Devices;

/// <summary>GET /api/v1/admin/devices: the registrar's list of cameras, paged, without keys.</summary>
public sealed class DeviceListTests
{
    [Fact]
    public async Task The_registrar_lists_cameras_of_one_checkpoint_page_by_page_without_keys_or_hashes()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var dostyk = new[]
        {
            await api.RegisterCameraAsync(registrar, "DOSTYK", "CheckpointEntry"),
            await api.RegisterCameraAsync(registrar, "DOSTYK", "BorderLine"),
            await api.RegisterCameraAsync(registrar, "DOSTYK", "WaitingZoneExit"),
        };
        var bakhty = await api.RegisterCameraAsync(registrar, "BAKHTY");
        (await registrar.Client.DeleteAsync($"/api/v1/admin/devices/{dostyk[2].Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var first = await registrar.Client.GetJsonAsync("/api/v1/admin/devices?checkpoint=dostyk&page=1&pageSize=2");
        var second = await registrar.Client.GetJsonAsync("/api/v1/admin/devices?checkpoint=DOSTYK&page=2&pageSize=2");
        var all = await registrar.Client.GetJsonAsync("/api/v1/admin/devices");

        first.Number("total").ShouldBe(3);
        first.Number("page").ShouldBe(1);
        first.Number("pageSize").ShouldBe(2);
        var listed = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(d => Guid.Parse(d.Str("id"))).ToList();
        listed.ShouldBe(dostyk.Select(c => c.Id), ignoreOrder: true);
        second["items"]!.AsArray().ShouldHaveSingleItem();
        all.Number("total").ShouldBe(4);
        all["items"]!.AsArray().Select(d => Guid.Parse(d.Str("id"))).ShouldContain(bakhty.Id);
        all["items"]!.AsArray().Single(d => Guid.Parse(d.Str("id")) == dostyk[2].Id)!["revokedAt"].ShouldNotBeNull();

        // Neither the key nor its hash appears anywhere in the answer.
        var text = (await registrar.Client.GetStringAsync("/api/v1/admin/devices")).ToUpperInvariant();
        foreach (var camera in dostyk.Append(bakhty))
        {
            text.ShouldNotContain(camera.Key.ToUpperInvariant());
        }

        text.ShouldNotContain("HASH");
        all["items"]!.AsArray().ShouldAllBe(d => d!.AsObject().All(p => !p.Key.Contains("key", StringComparison.OrdinalIgnoreCase) || p.Key == "keyIssuedAt"));
    }

    [Fact]
    public async Task Only_the_registrar_lists_cameras_and_bad_paging_or_checkpoint_is_a_validation_problem()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var officer = await api.StaffAsync(registrar, "Officer");

        (await api.CreateClient().GetAsync("/api/v1/admin/devices")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await officer.Client.GetAsync("/api/v1/admin/devices")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await registrar.Client.GetAsync("/api/v1/admin/devices?pageSize=0")).ShouldBeValidationProblemAsync("invalid-paging", "pageSize");
        await (await registrar.Client.GetAsync("/api/v1/admin/devices?pageSize=101")).ShouldBeValidationProblemAsync("invalid-paging", "pageSize");
        await (await registrar.Client.GetAsync("/api/v1/admin/devices?page=0")).ShouldBeValidationProblemAsync("invalid-paging", "page");
        await (await registrar.Client.GetAsync("/api/v1/admin/devices?checkpoint=no-such!")).ShouldBeValidationProblemAsync("invalid-checkpoint-code", "checkpoint");
    }
}
