using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.RoundTables;

internal sealed class RoundTableConfiguration : IEntityTypeConfiguration<RoundTable>
{
    public void Configure(EntityTypeBuilder<RoundTable> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(RoundTable.MaxTitleLength).IsRequired();
        builder.Property(r => r.Notes).HasMaxLength(RoundTable.MaxNotesLength).IsRequired();
        builder.HasIndex(r => new { r.TerritoryId, r.HeldOn });
        builder.HasIndex(r => r.ActionId);
        builder.HasOne<Territory>().WithMany().HasForeignKey(r => r.TerritoryId).OnDelete(DeleteBehavior.Cascade);

        // An action with round tables cannot be deleted: their results would lose their subject. NO ACTION
        // (checked at the end of the statement), so that deleting a whole territory still cascades.
        builder.HasOne(r => r.Action).WithMany().HasForeignKey(r => r.ActionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(r => r.Participants).WithOne().HasForeignKey(p => p.RoundTableId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Components).WithOne().HasForeignKey(c => c.RoundTableId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Assessments).WithOne().HasForeignKey(a => a.RoundTableId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoundTableParticipantsConfiguration : IEntityTypeConfiguration<RoundTableParticipants>
{
    public void Configure(EntityTypeBuilder<RoundTableParticipants> builder)
    {
        builder.HasKey(p => new { p.RoundTableId, p.Perspective });
        builder.Property(p => p.Perspective).HasConversion<string>().HasMaxLength(20);
        builder.ToTable(t => t.HasCheckConstraint("CK_RoundTableParticipants_Count", "\"Count\" BETWEEN 0 AND 10000"));
    }
}

internal sealed class RoundTableComponentConfiguration : IEntityTypeConfiguration<RoundTableComponent>
{
    public void Configure(EntityTypeBuilder<RoundTableComponent> builder)
    {
        builder.HasKey(c => new { c.RoundTableId, c.ComponentId });
        builder.HasIndex(c => c.ComponentId);
        builder.HasOne(c => c.Component).WithMany().HasForeignKey(c => c.ComponentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RoundTableAssessmentConfiguration : IEntityTypeConfiguration<RoundTableAssessment>
{
    public void Configure(EntityTypeBuilder<RoundTableAssessment> builder)
    {
        builder.HasKey(a => new { a.RoundTableId, a.ComponentId, a.Perspective });
        builder.Property(a => a.Perspective).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Comment).HasMaxLength(RoundTableAssessment.MaxTextLength).IsRequired();
        builder.Property(a => a.Proposal).HasMaxLength(RoundTableAssessment.MaxTextLength).IsRequired();
        builder.ToTable(t => t.HasCheckConstraint("CK_RoundTableAssessments_Effect", "\"Effect\" BETWEEN -2 AND 2"));

        // An assessment is of one of the round table's components: removing the component removes it.
        builder.HasOne<RoundTableComponent>().WithMany().HasForeignKey(a => new { a.RoundTableId, a.ComponentId }).OnDelete(DeleteBehavior.Cascade);
    }
}
