using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Articles;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Features.Wiki;

namespace OpenSpiral.Web.Features.Comments;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.Property(c => c.Body).HasMaxLength(Comment.MaxBodyLength).IsRequired();
        builder.Property(c => c.HiddenReason).HasMaxLength(CommentModeration.MaxReasonLength);
        builder.HasIndex(c => new { c.WikiPageId, c.CreatedAt });
        builder.HasIndex(c => new { c.ArticleId, c.CreatedAt });
        builder.HasIndex(c => new { c.ActionId, c.CreatedAt });
        builder.HasIndex(c => new { c.TerritoryId, c.CreatedAt });
        builder.HasIndex(c => c.AuthorId);
        builder.ToTable(t => t.HasCheckConstraint("CK_Comments_OneTarget",
            "(CASE WHEN \"WikiPageId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"ArticleId\" IS NULL THEN 0 ELSE 1 END)"
            + " + (CASE WHEN \"ActionId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"TerritoryId\" IS NULL THEN 0 ELSE 1 END) = 1"));
        builder.HasOne<WikiPage>().WithMany().HasForeignKey(c => c.WikiPageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TerritoryAction>().WithMany().HasForeignKey(c => c.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Territory>().WithMany().HasForeignKey(c => c.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany<CommentReport>().WithOne().HasForeignKey(r => r.CommentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<CommentModeration>().WithOne().HasForeignKey(m => m.CommentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommentReportConfiguration : IEntityTypeConfiguration<CommentReport>
{
    public void Configure(EntityTypeBuilder<CommentReport> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(CommentReport.MaxReasonLength).IsRequired();
        builder.HasIndex(r => new { r.CommentId, r.ReporterId }).IsUnique();
        builder.HasIndex(r => r.HandledAt);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommentModerationConfiguration : IEntityTypeConfiguration<CommentModeration>
{
    public void Configure(EntityTypeBuilder<CommentModeration> builder)
    {
        builder.Property(m => m.Reason).HasMaxLength(CommentModeration.MaxReasonLength).IsRequired();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => new { m.CommentId, m.At });
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.ModeratorId).OnDelete(DeleteBehavior.SetNull);
    }
}
