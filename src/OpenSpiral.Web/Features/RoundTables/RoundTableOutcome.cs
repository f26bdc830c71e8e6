namespace OpenSpiral.Web.Features.RoundTables;

/// <summary>What a write came to: done (with the round table's id), refused with field errors, stale (another change came first), or no such round table.</summary>
public sealed record RoundTableOutcome(int? Id, Dictionary<string, string[]> Errors, int? CurrentVersion, bool NotFound)
{
    public static readonly RoundTableOutcome Missing = new(null, [], null, true);

    public static RoundTableOutcome Done(int id) => new(id, [], null, false);

    public static RoundTableOutcome Invalid(Dictionary<string, string[]> errors) => new(null, errors, null, false);

    public static RoundTableOutcome StaleAt(int currentVersion) => new(null, [], currentVersion, false);

    public bool Stale => CurrentVersion is not null;
}
