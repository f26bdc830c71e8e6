namespace OpenSpiral.Web.Features.Actions;

/// <summary>What a change to an action or a resource came to: done (with its id), invalid, stale, missing or refused.</summary>
public sealed record ActionOutcome(int? Id, Dictionary<string, string[]> Errors, int? CurrentVersion, bool NotFound, string? Refusal = null)
{
    public static readonly ActionOutcome Missing = new(null, [], null, true);

    public static ActionOutcome Done(int id) => new(id, [], null, false);

    public static ActionOutcome Invalid(Dictionary<string, string[]> errors) => new(null, errors, null, false);

    public static ActionOutcome StaleAt(int currentVersion) => new(null, [], currentVersion, false);

    public static ActionOutcome Refused(string reason) => new(null, [], null, false, reason);

    public bool Stale => CurrentVersion is not null;
}
