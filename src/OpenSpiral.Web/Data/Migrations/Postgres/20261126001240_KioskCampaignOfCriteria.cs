using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenSpiral.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KioskCampaignOfCriteria : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "KioskCampaignId",
                table: "Criteria",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Criteria_KioskCampaignId_Status",
                table: "Criteria",
                columns: new[] { "KioskCampaignId", "Status" });

            migrationBuilder.AddForeignKey(
                name: "FK_Criteria_KioskCampaigns_KioskCampaignId",
                table: "Criteria",
                column: "KioskCampaignId",
                principalTable: "KioskCampaigns",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            // Kiosk entries written before criteria kept their campaign: it is known when their group had only one.
            migrationBuilder.Sql("""
                UPDATE "Criteria" SET "KioskCampaignId" = (SELECT k."Id" FROM "KioskCampaigns" k WHERE k."GroupId" = "Criteria"."GroupId")
                WHERE "Source" = 'Kiosk' AND (SELECT COUNT(*) FROM "KioskCampaigns" k WHERE k."GroupId" = "Criteria"."GroupId") = 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Criteria_KioskCampaigns_KioskCampaignId",
                table: "Criteria");

            migrationBuilder.DropIndex(
                name: "IX_Criteria_KioskCampaignId_Status",
                table: "Criteria");

            migrationBuilder.DropColumn(
                name: "KioskCampaignId",
                table: "Criteria");
        }
    }
}
