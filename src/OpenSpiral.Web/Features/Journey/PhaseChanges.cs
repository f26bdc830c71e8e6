using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Journey;

/// <summary>The milestone a move to another phase or cycle leaves in the territory's journey.</summary>
public static class PhaseChanges
{
    /// <summary>A milestone when <paramref name="cycle"/> and <paramref name="phase"/> differ from where the territory stood; null otherwise.</summary>
    public static TerritoryPhaseChange? Between(Territory before, int cycle, CyclePhase phase, string? userId, TimeProvider clock) =>
        before.Cycle == cycle && before.Phase == phase ? null
        : new TerritoryPhaseChange { TerritoryId = before.Id, Cycle = cycle, Phase = phase, EnteredOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ChangedById = userId };
}
