namespace OpenSpiral.Web.Features.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.Section));
        services.AddScoped<Notifier>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<NotificationChoices>();
        services.AddScoped<CommitmentReminders>();
        services.AddScoped<NotificationMailer>();
        services.AddHostedService<ReminderSweep>();
        services.AddHostedService<NotificationMailSweep>();
        return services;
    }
}
