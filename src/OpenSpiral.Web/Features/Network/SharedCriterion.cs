using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Web.Features.Network;

/// <summary>A classified criterion as the network shares it: the words, never the group's details.</summary>
public sealed record SharedCriterion(long Id, string Text, string Language, Question Question, string Component, string Territory);
