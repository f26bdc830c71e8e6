using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenSpiral.Web.Features.Glossary;

internal sealed class GlossaryTermConfiguration : IEntityTypeConfiguration<GlossaryTerm>
{
    public void Configure(EntityTypeBuilder<GlossaryTerm> builder)
    {
        builder.Property(t => t.Key).HasMaxLength(GlossaryTerm.MaxKeyLength).IsRequired();
        builder.HasIndex(t => t.Key).IsUnique();
        builder.HasMany(t => t.Entries).WithOne().HasForeignKey(e => e.TermId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GlossaryEntryConfiguration : IEntityTypeConfiguration<GlossaryEntry>
{
    public void Configure(EntityTypeBuilder<GlossaryEntry> builder)
    {
        builder.HasKey(e => new { e.TermId, e.Language });
        builder.Property(e => e.Language).HasMaxLength(10).IsRequired();
        builder.Property(e => e.Term).HasMaxLength(GlossaryEntry.MaxTermLength).IsRequired();
        builder.Property(e => e.Definition).HasMaxLength(GlossaryEntry.MaxDefinitionLength).IsRequired();
        builder.Property(e => e.DoNotConfuse).HasMaxLength(GlossaryEntry.MaxNoteLength);
        builder.HasIndex(e => new { e.Language, e.Term });
    }
}
