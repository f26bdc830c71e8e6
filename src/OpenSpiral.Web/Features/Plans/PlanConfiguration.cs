using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Plans;

internal sealed class ActionPlanConfiguration : IEntityTypeConfiguration<ActionPlan>
{
    public void Configure(EntityTypeBuilder<ActionPlan> builder)
    {
        builder.ToTable("Plans");
        builder.Property(p => p.Title).HasMaxLength(ActionPlan.MaxTitleLength).IsRequired();
        builder.Property(p => p.Summary).HasMaxLength(ActionPlan.MaxSummaryLength).IsRequired();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => new { p.TerritoryId, p.Cycle });
        builder.HasOne<Territory>().WithMany().HasForeignKey(p => p.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Actions).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Priorities).WithOne().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Signatories).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Reviews).WithOne().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.HasKey(a => new { a.PlanId, a.ActionId });
        builder.HasIndex(a => a.ActionId);
        builder.HasOne(a => a.Action).WithMany().HasForeignKey(a => a.ActionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanPriorityConfiguration : IEntityTypeConfiguration<PlanPriority>
{
    public void Configure(EntityTypeBuilder<PlanPriority> builder)
    {
        builder.Property(p => p.Note).HasMaxLength(PlanPriority.MaxNoteLength);
        builder.HasIndex(p => new { p.PlanId, p.Position });
        builder.HasOne(p => p.Component).WithMany().HasForeignKey(p => p.ComponentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Indicator).WithMany().HasForeignKey(p => p.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_PlanPriorities_Subject", "\"ComponentId\" IS NOT NULL OR \"IndicatorId\" IS NOT NULL"));
    }
}

internal sealed class PlanSignatoryConfiguration : IEntityTypeConfiguration<PlanSignatory>
{
    public void Configure(EntityTypeBuilder<PlanSignatory> builder)
    {
        builder.Property(s => s.Organisation).HasMaxLength(PlanSignatory.MaxNameLength).IsRequired();
        builder.Property(s => s.SignsAs).HasMaxLength(PlanSignatory.MaxNameLength);
        builder.HasIndex(s => new { s.PlanId, s.Position });
    }
}

internal sealed class ActionReviewConfiguration : IEntityTypeConfiguration<ActionReview>
{
    public void Configure(EntityTypeBuilder<ActionReview> builder)
    {
        builder.HasKey(r => new { r.PlanId, r.ActionId });
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Note).HasMaxLength(ActionReview.MaxNoteLength);
        builder.HasIndex(r => r.ActionId);
        builder.HasOne(r => r.Action).WithMany().HasForeignKey(r => r.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TerritoryAction>().WithMany().HasForeignKey(r => r.ReplacementActionId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.Property(c => c.Stakeholder).HasMaxLength(Commitment.MaxStakeholderLength).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(Commitment.MaxDescriptionLength).IsRequired();
        builder.Property(c => c.Means).HasMaxLength(Commitment.MaxMeansLength);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => new { c.TerritoryId, c.Status, c.DueDate });
        builder.HasIndex(c => c.ActionId);

        // The reminder sweep reads open commitments by due date across territories.
        builder.HasIndex(c => new { c.Status, c.DueDate });
        builder.HasOne<Territory>().WithMany().HasForeignKey(c => c.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Action).WithMany().HasForeignKey(c => c.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ActionPlan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Member).WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.Updates).WithOne().HasForeignKey(u => u.CommitmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommitmentUpdateConfiguration : IEntityTypeConfiguration<CommitmentUpdate>
{
    public void Configure(EntityTypeBuilder<CommitmentUpdate> builder)
    {
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Note).HasMaxLength(CommitmentUpdate.MaxNoteLength).IsRequired();
        builder.Property(u => u.EvidenceUrl).HasMaxLength(CommitmentUpdate.MaxEvidenceUrlLength);
        builder.HasIndex(u => new { u.CommitmentId, u.CreatedAt });
        builder.HasOne<User>().WithMany().HasForeignKey(u => u.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}
