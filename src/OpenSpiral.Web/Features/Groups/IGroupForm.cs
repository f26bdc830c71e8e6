namespace OpenSpiral.Web.Features.Groups;

/// <summary>What the create and edit pages give the shared group form.</summary>
public interface IGroupForm
{
    GroupInput Input { get; }
    IReadOnlyList<FacilitatorOption> FacilitatorOptions { get; }
    IReadOnlyList<string> LanguageOptions { get; }
}

public sealed record FacilitatorOption(int MemberId, string DisplayName);
