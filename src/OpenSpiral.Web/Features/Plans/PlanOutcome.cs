namespace OpenSpiral.Web.Features.Plans;

/// <summary>What a change to a plan or a commitment came to: done (with the id), invalid (field errors), stale (the current version) or not found.</summary>
public sealed record PlanOutcome(int? Id, Dictionary<string, string[]> Errors, int? CurrentVersion, bool NotFound)
{
    public static readonly PlanOutcome Missing = new(null, [], null, true);

    public static PlanOutcome Done(int id) => new(id, [], null, false);

    public static PlanOutcome Invalid(Dictionary<string, string[]> errors) => new(null, errors, null, false);

    public static PlanOutcome StaleAt(int currentVersion) => new(null, [], currentVersion, false);

    public bool Stale => CurrentVersion is not null;
}
