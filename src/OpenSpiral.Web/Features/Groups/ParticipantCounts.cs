namespace OpenSpiral.Web.Features.Groups;

/// <summary>Who spoke in a group, as counts by gender and age band (all optional).</summary>
public class ParticipantCounts
{
    public int? Women { get; set; }
    public int? Men { get; set; }
    public int? OtherGender { get; set; }
    public int? AgeUnder18 { get; set; }
    public int? Age18To29 { get; set; }
    public int? Age30To44 { get; set; }
    public int? Age45To64 { get; set; }
    public int? Age65Plus { get; set; }

    public int GenderTotal => (Women ?? 0) + (Men ?? 0) + (OtherGender ?? 0);

    public int AgeTotal => (AgeUnder18 ?? 0) + (Age18To29 ?? 0) + (Age30To44 ?? 0) + (Age45To64 ?? 0) + (Age65Plus ?? 0);
}
