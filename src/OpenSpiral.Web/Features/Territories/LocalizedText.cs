namespace OpenSpiral.Web.Features.Territories;

/// <summary>A text and the language it is written in (ISO 639-1).</summary>
public sealed record LocalizedText(string Language, string Text);
