using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenSpiral.Web.Features.Accounts;

namespace OpenSpiral.Web.Features.Wiki;

internal sealed class WikiPageConfiguration : IEntityTypeConfiguration<WikiPage>
{
    public void Configure(EntityTypeBuilder<WikiPage> builder)
    {
        builder.Property(p => p.Slug).HasMaxLength(WikiPage.MaxSlugLength).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(WikiPage.MaxTitleLength).IsRequired();
        builder.Property(p => p.Content).HasMaxLength(WikiPage.MaxContentLength).IsRequired();
        builder.Property(p => p.Language).HasMaxLength(10).IsRequired();
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => new { p.ParentId, p.SortOrder });
        builder.HasIndex(p => p.OriginalId);
        builder.HasOne<WikiPage>().WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WikiPage>().WithMany().HasForeignKey(p => p.OriginalId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Revisions).WithOne().HasForeignKey(r => r.PageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Attachments).WithOne().HasForeignKey(a => a.PageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WikiRevisionConfiguration : IEntityTypeConfiguration<WikiRevision>
{
    public void Configure(EntityTypeBuilder<WikiRevision> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(WikiPage.MaxTitleLength).IsRequired();
        builder.Property(r => r.Content).HasMaxLength(WikiPage.MaxContentLength).IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(WikiRevision.MaxSummaryLength);
        builder.HasIndex(r => new { r.PageId, r.Number }).IsUnique();
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class WikiAttachmentConfiguration : IEntityTypeConfiguration<WikiAttachment>
{
    public void Configure(EntityTypeBuilder<WikiAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(WikiAttachment.MaxFileNameLength).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
        builder.HasIndex(a => new { a.PageId, a.FileName }).IsUnique();
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.UploadedById).OnDelete(DeleteBehavior.SetNull);
    }
}
