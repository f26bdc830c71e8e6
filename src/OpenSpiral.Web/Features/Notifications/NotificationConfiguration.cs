using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenSpiral.Web.Features.Accounts;

namespace OpenSpiral.Web.Features.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.Subject).HasMaxLength(Notification.MaxSubjectLength).IsRequired();
        builder.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt });
        builder.HasIndex(n => new { n.EmailedAt, n.UserId });
        builder.HasOne<User>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.HasKey(p => new { p.UserId, p.Kind });
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationSettingsConfiguration : IEntityTypeConfiguration<NotificationSettings>
{
    public void Configure(EntityTypeBuilder<NotificationSettings> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.HasOne<User>().WithOne().HasForeignKey<NotificationSettings>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReminderDispatchConfiguration : IEntityTypeConfiguration<ReminderDispatch>
{
    public void Configure(EntityTypeBuilder<ReminderDispatch> builder)
    {
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);

        // The key that makes each reminder fire once, however many instances sweep at the same time.
        builder.HasIndex(d => new { d.Kind, d.CommitmentId, d.DueDate }).IsUnique();
        builder.HasOne<Plans.Commitment>().WithMany().HasForeignKey(d => d.CommitmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
