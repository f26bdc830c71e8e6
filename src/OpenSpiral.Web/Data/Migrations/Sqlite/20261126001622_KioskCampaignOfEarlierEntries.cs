using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenSpiral.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KioskCampaignOfEarlierEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Kiosk entries written before criteria kept their campaign: it is known when their group had only one.
            migrationBuilder.Sql("""
                UPDATE "Criteria" SET "KioskCampaignId" = (SELECT k."Id" FROM "KioskCampaigns" k WHERE k."GroupId" = "Criteria"."GroupId")
                WHERE "Source" = 'Kiosk' AND "KioskCampaignId" IS NULL
                  AND (SELECT COUNT(*) FROM "KioskCampaigns" k WHERE k."GroupId" = "Criteria"."GroupId") = 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
