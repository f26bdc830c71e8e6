using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenSpiral.Web.Features.Network;

internal sealed class NetworkSettingsConfiguration : IEntityTypeConfiguration<NetworkSettings>
{
    public void Configure(EntityTypeBuilder<NetworkSettings> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(120).IsRequired();
        builder.Property(s => s.DefaultLanguage).HasMaxLength(8).IsRequired();
        builder.Property(s => s.ContactEmail).HasMaxLength(256);
        builder.Property(s => s.OpenDataLicence).HasMaxLength(64).IsRequired();
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
