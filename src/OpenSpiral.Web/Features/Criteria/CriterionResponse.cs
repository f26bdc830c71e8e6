using System.Linq.Expressions;

namespace OpenSpiral.Web.Features.Criteria;

public sealed record CriterionResponse(
    long Id, int TerritoryId, int GroupId, Question Question, string Text, string Language, string? Component,
    CriterionStatus Status, CriterionSource Source, DateTime? ClassifiedAt, DateTime CreatedAt)
{
    public static readonly Expression<Func<Criterion, CriterionResponse>> Projection = c => new CriterionResponse(
        c.Id, c.TerritoryId, c.GroupId, c.Question, c.Text, c.Language, c.Component != null ? c.Component.Code : null,
        c.Status, c.Source, c.ClassifiedAt, c.CreatedAt);
}
