namespace OpenSpiral.Web.Features.Criteria.Import;

/// <summary>A row that passed every check, ready to be stored.</summary>
public readonly record struct ImportedCriterion(int Line, ImportGroup Group, Question Question, string Text, string Language, int? ComponentId, string? ComponentCode);
