namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>One component's words in the printable report: its name, its count, the criteria and the statements.</summary>
public sealed record ReportWordsBlock(string Title, int Count, IEnumerable<ReportWords.Words> Criteria, IEnumerable<ReportWords.Statement> Statements);
