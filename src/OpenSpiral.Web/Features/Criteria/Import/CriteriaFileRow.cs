namespace OpenSpiral.Web.Features.Criteria.Import;

/// <summary>One row of a criteria file as read, before any check: its line (CSV) or row number (XLSX) and its values.</summary>
public readonly record struct CriteriaFileRow(int Line, IReadOnlyList<string> Values);
