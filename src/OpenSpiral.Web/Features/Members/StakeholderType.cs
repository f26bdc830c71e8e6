namespace OpenSpiral.Web.Features.Members;

/// <summary>Which part of the territory a coordination group member represents.</summary>
public enum StakeholderType
{
    Elected,
    Administration,
    PublicService,
    Association,
    Business,
    School,
    Health,
    Citizen,
    Other,
}
