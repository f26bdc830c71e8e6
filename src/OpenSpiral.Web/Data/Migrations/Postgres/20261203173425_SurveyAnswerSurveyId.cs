using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenSpiral.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SurveyAnswerSurveyId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SurveyId",
                table: "SurveyAnswers",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Existing answers take their response's survey.
            migrationBuilder.Sql("""
                UPDATE "SurveyAnswers" SET "SurveyId" = (SELECT r."SurveyId" FROM "SurveyResponses" r WHERE r."Id" = "SurveyAnswers"."ResponseId");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_SurveyId_IndicatorId_Current_Wished",
                table: "SurveyAnswers",
                columns: new[] { "SurveyId", "IndicatorId", "Current", "Wished" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SurveyAnswers_SurveyId_IndicatorId_Current_Wished",
                table: "SurveyAnswers");

            migrationBuilder.DropColumn(
                name: "SurveyId",
                table: "SurveyAnswers");
        }
    }
}
