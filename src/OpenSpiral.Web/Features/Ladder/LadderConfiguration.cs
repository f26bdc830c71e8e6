using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Plans;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Ladder;

internal sealed class LadderRatingConfiguration : IEntityTypeConfiguration<LadderRating>
{
    public void Configure(EntityTypeBuilder<LadderRating> builder)
    {
        builder.Property(r => r.Justification).HasMaxLength(LadderRating.MaxJustificationLength).IsRequired();
        builder.HasIndex(r => new { r.TerritoryId, r.RatedOn });
        builder.HasIndex(r => r.ActionId);
        builder.HasIndex(r => r.PlanId);
        builder.HasOne<Territory>().WithMany().HasForeignKey(r => r.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TerritoryAction>().WithMany().HasForeignKey(r => r.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ActionPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.RatedById).OnDelete(DeleteBehavior.SetNull);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_LadderRatings_Subject", "(\"ActionId\" IS NULL) <> (\"PlanId\" IS NULL)");
            t.HasCheckConstraint("CK_LadderRatings_Rung", "\"Rung\" BETWEEN 0 AND 7");
            t.HasCheckConstraint("CK_LadderRatings_Facets", "\"CoGovernance\" BETWEEN 0 AND 7 AND \"CoProduction\" BETWEEN 0 AND 7 AND \"CoManagement\" BETWEEN 0 AND 7");
        });
    }
}

internal sealed class LadderRungLabelConfiguration : IEntityTypeConfiguration<LadderRungLabel>
{
    public void Configure(EntityTypeBuilder<LadderRungLabel> builder)
    {
        builder.HasKey(l => new { l.Rung, l.Language });
        builder.Property(l => l.Language).HasMaxLength(8);
        builder.Property(l => l.Label).HasMaxLength(LadderRungLabel.MaxLabelLength).IsRequired();
        builder.Property(l => l.Description).HasMaxLength(LadderRungLabel.MaxDescriptionLength).IsRequired();
        builder.ToTable(t => t.HasCheckConstraint("CK_LadderRungLabels_Rung", "\"Rung\" BETWEEN 0 AND 7"));
    }
}
