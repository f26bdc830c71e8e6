using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Surveys;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(16).IsRequired();
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Title).HasMaxLength(Survey.MaxTitleLength).IsRequired();
        builder.Property(s => s.Introduction).HasMaxLength(Survey.MaxIntroductionLength).IsRequired();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => s.TerritoryId);
        builder.HasOne<Territory>().WithMany().HasForeignKey(s => s.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Indicators).WithOne().HasForeignKey(i => i.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.ProfileQuestions).WithOne().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyIndicatorConfiguration : IEntityTypeConfiguration<SurveyIndicator>
{
    public void Configure(EntityTypeBuilder<SurveyIndicator> builder)
    {
        builder.HasKey(i => new { i.SurveyId, i.IndicatorId });
        builder.HasIndex(i => i.IndicatorId);

        // An indicator asked in a survey cannot be deleted: its answers would lose their meaning. NO ACTION
        // (checked at the end of the statement) rather than RESTRICT, so that deleting a whole territory
        // still cascades through its indicators and surveys together.
        builder.HasOne(i => i.Indicator).WithMany().HasForeignKey(i => i.IndicatorId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class SurveyProfileQuestionConfiguration : IEntityTypeConfiguration<SurveyProfileQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyProfileQuestion> builder)
    {
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(q => new { q.SurveyId, q.Kind }).IsUnique();
        builder.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyProfileOptionConfiguration : IEntityTypeConfiguration<SurveyProfileOption>
{
    public void Configure(EntityTypeBuilder<SurveyProfileOption> builder)
    {
        builder.Property(o => o.Label).HasMaxLength(SurveyProfileOption.MaxLabelLength).IsRequired();
        builder.HasIndex(o => new { o.QuestionId, o.Position });
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.SubmissionKeyHash).HasMaxLength(64).IsRequired();

        // The unique key is what makes a retried submission count once, even when two copies race.
        builder.HasIndex(r => new { r.SurveyId, r.SubmissionKeyHash }).IsUnique();
        builder.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Profile).WithOne().HasForeignKey(p => p.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.HasKey(a => new { a.ResponseId, a.IndicatorId });
        builder.HasIndex(a => new { a.IndicatorId, a.Current });

        // Covers the results' GROUP BY (survey, indicator, current, wished) without touching the table.
        builder.HasIndex(a => new { a.SurveyId, a.IndicatorId, a.Current, a.Wished });
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_SurveyAnswers_Current", "\"Current\" IS NULL OR \"Current\" BETWEEN 1 AND 5");
            t.HasCheckConstraint("CK_SurveyAnswers_Wished", "\"Wished\" IS NULL OR \"Wished\" BETWEEN 1 AND 5");
        });
        builder.HasOne<Indicator>().WithMany().HasForeignKey(a => a.IndicatorId).OnDelete(DeleteBehavior.NoAction);

        // The results read answers by survey: an answer stored without its survey would silently vanish from them.
        builder.HasOne<Survey>().WithMany().HasForeignKey(a => a.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyResponseProfileConfiguration : IEntityTypeConfiguration<SurveyResponseProfile>
{
    public void Configure(EntityTypeBuilder<SurveyResponseProfile> builder)
    {
        builder.HasKey(p => new { p.ResponseId, p.QuestionId });
        builder.HasIndex(p => p.OptionId);
        builder.HasOne<SurveyProfileQuestion>().WithMany().HasForeignKey(p => p.QuestionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<SurveyProfileOption>().WithMany().HasForeignKey(p => p.OptionId).OnDelete(DeleteBehavior.NoAction);
    }
}
