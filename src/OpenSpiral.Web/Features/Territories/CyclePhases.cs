namespace OpenSpiral.Web.Features.Territories;

/// <summary>Plain-word descriptions of the eight phases, shown on the home page and the territory pages.</summary>
public static class CyclePhases
{
    public static readonly IReadOnlyDictionary<CyclePhase, string> Descriptions = new Dictionary<CyclePhase, string>
    {
        [CyclePhase.OrganiseAndMobilise] = "Local stakeholders form a coordination group and decide who to meet.",
        [CyclePhase.CoDefineWellBeing] = "Small groups of citizens say what well-being and ill-being mean to them; each idea is a criterion.",
        [CyclePhase.CoEvaluate] = "The shared definition becomes indicators of progress, used to look at the situation and at existing actions.",
        [CyclePhase.ProjectAndCompare] = "Ideas for action are weighed against what citizens said most often and what hurts most.",
        [CyclePhase.CoDecideAndCommit] = "An action plan where each stakeholder commits to something.",
        [CyclePhase.ActTogether] = "Pilot actions of co-responsibility, with every commitment followed up.",
        [CyclePhase.CoEvaluateAfterwards] = "Results and effects are judged again with the people concerned.",
        [CyclePhase.ReviewAndPrepare] = "Each action is continued, adjusted or stopped, and the circle of participants widens.",
    };
}
