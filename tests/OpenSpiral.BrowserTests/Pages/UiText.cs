namespace OpenSpiral.BrowserTests.Pages;

/// <summary>The interface texts the tests look for, in English and as in SharedResource.fr.resx.</summary>
public sealed record UiText(
    string Language,
    string LanguageSwitch,
    string HomogeneousGroups,
    string CreateAGroup,
    string CreateTheGroup,
    string Name,
    string NumberOfParticipants,
    string Women,
    string EditFormat,
    string DeleteFormat,
    string YesDeleteTheGroup,
    string RequiredFormat,
    string GenderTotalFormat,
    string CreatedFormat,
    string DeletedFormat,
    string ErrorSummary)
{
    public static readonly UiText English = new(
        "en", "Language", "Homogeneous groups", "Create a group", "Create the group", "Name", "Number of participants", "Women",
        "Edit {0}", "Delete {0}", "Yes, delete the group", "The {0} field is required.",
        "Women, men and others add up to {0}, more than the {1} participants.", "The group {0} is created. Type its criteria here.", "The group {0} is deleted.",
        "Please correct the following:");

    public static readonly UiText French = new(
        "fr", "Langue", "Groupes homogènes", "Créer un groupe", "Créer le groupe", "Nom", "Nombre de participants", "Femmes",
        "Modifier {0}", "Supprimer {0}", "Oui, supprimer le groupe", "Le champ {0} est obligatoire.",
        "Femmes, hommes et autres font {0} au total, plus que les {1} participants.", "Le groupe {0} est créé. Saisissez ses critères ici.", "Le groupe {0} est supprimé.",
        "Veuillez corriger ce qui suit :");

    public static UiText For(string language) => language == "fr" ? French : English;

    public static string Format(string format, params object[] values) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, values);
}
