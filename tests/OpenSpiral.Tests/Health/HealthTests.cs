using System.Net;

namespace OpenSpiral.Tests.Health;

[Collection(ApplicationCollection.Name)]
public sealed class HealthTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task Health_answers_200_to_anonymous_callers()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
