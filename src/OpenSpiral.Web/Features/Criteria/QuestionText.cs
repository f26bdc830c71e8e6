namespace OpenSpiral.Web.Features.Criteria;

/// <summary>A question as citizens read it, with the language it is written in.</summary>
public sealed record QuestionText(Question Question, string Text, string Language);
