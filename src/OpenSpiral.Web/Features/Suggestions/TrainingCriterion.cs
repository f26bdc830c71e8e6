using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Web.Features.Suggestions;

/// <summary>A classified criterion as the model learns from it: nothing about its group or its author.</summary>
public readonly record struct TrainingCriterion(long Id, int TerritoryId, Question Question, string Component, string Text);
