namespace OpenSpiral.Web.Features.Territories;

/// <summary>The eight phases of a SPIRAL cycle, in order.</summary>
public enum CyclePhase
{
    OrganiseAndMobilise = 1,
    CoDefineWellBeing = 2,
    CoEvaluate = 3,
    ProjectAndCompare = 4,
    CoDecideAndCommit = 5,
    ActTogether = 6,
    CoEvaluateAfterwards = 7,
    ReviewAndPrepare = 8,
}
