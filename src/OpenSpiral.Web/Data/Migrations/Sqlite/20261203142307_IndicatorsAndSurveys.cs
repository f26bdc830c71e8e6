using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenSpiral.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndicatorsAndSurveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TerritoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CopiedFromId = table.Column<int>(type: "INTEGER", nullable: true),
                    CopiedFromTerritory = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ValidatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_Indicators_CopiedFromId",
                        column: x => x.CopiedFromId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Indicators_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Surveys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TerritoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Introduction = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    AsksWished = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Surveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Surveys_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorComponents",
                columns: table => new
                {
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    ComponentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorComponents", x => new { x.IndicatorId, x.ComponentId });
                    table.ForeignKey(
                        name: "FK_IndicatorComponents_GridComponents_ComponentId",
                        column: x => x.ComponentId,
                        principalTable: "GridComponents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndicatorComponents_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorCriteria",
                columns: table => new
                {
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    CriterionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorCriteria", x => new { x.IndicatorId, x.CriterionId });
                    table.ForeignKey(
                        name: "FK_IndicatorCriteria_Criteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "Criteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IndicatorCriteria_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorLevels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Statement = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorLevels", x => x.Id);
                    table.CheckConstraint("CK_IndicatorLevels_Level", "\"Level\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_IndicatorLevels_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    TerritoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorRevisions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_IndicatorRevisions_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorTranslations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Statements = table.Column<string>(type: "TEXT", nullable: false),
                    Outdated = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorTranslations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorTranslations_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyIndicators",
                columns: table => new
                {
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyIndicators", x => new { x.SurveyId, x.IndicatorId });
                    table.ForeignKey(
                        name: "FK_SurveyIndicators_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SurveyIndicators_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyProfileQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyProfileQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyProfileQuestions_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SubmissionKeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorLevelSources",
                columns: table => new
                {
                    IndicatorLevelId = table.Column<int>(type: "INTEGER", nullable: false),
                    CriterionId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorLevelSources", x => new { x.IndicatorLevelId, x.CriterionId });
                    table.ForeignKey(
                        name: "FK_IndicatorLevelSources_Criteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "Criteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IndicatorLevelSources_IndicatorLevels_IndicatorLevelId",
                        column: x => x.IndicatorLevelId,
                        principalTable: "IndicatorLevels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyProfileOptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyProfileOptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyProfileOptions_SurveyProfileQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "SurveyProfileQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyAnswers",
                columns: table => new
                {
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Current = table.Column<int>(type: "INTEGER", nullable: true),
                    Wished = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyAnswers", x => new { x.ResponseId, x.IndicatorId });
                    table.CheckConstraint("CK_SurveyAnswers_Current", "\"Current\" IS NULL OR \"Current\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_SurveyAnswers_Wished", "\"Wished\" IS NULL OR \"Wished\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_SurveyResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponseProfiles",
                columns: table => new
                {
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OptionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponseProfiles", x => new { x.ResponseId, x.QuestionId });
                    table.ForeignKey(
                        name: "FK_SurveyResponseProfiles_SurveyProfileOptions_OptionId",
                        column: x => x.OptionId,
                        principalTable: "SurveyProfileOptions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SurveyResponseProfiles_SurveyProfileQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "SurveyProfileQuestions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SurveyResponseProfiles_SurveyResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorComponents_ComponentId",
                table: "IndicatorComponents",
                column: "ComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorCriteria_CriterionId",
                table: "IndicatorCriteria",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorLevels_IndicatorId_Level",
                table: "IndicatorLevels",
                columns: new[] { "IndicatorId", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorLevelSources_CriterionId",
                table: "IndicatorLevelSources",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorRevisions_IndicatorId_At",
                table: "IndicatorRevisions",
                columns: new[] { "IndicatorId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorRevisions_UserId",
                table: "IndicatorRevisions",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_CopiedFromId",
                table: "Indicators",
                column: "CopiedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Status",
                table: "Indicators",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_TerritoryId_Status",
                table: "Indicators",
                columns: new[] { "TerritoryId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTranslations_IndicatorId_Language",
                table: "IndicatorTranslations",
                columns: new[] { "IndicatorId", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_IndicatorId_Current",
                table: "SurveyAnswers",
                columns: new[] { "IndicatorId", "Current" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyIndicators_IndicatorId",
                table: "SurveyIndicators",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyProfileOptions_QuestionId_Position",
                table: "SurveyProfileOptions",
                columns: new[] { "QuestionId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyProfileQuestions_SurveyId_Kind",
                table: "SurveyProfileQuestions",
                columns: new[] { "SurveyId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponseProfiles_OptionId",
                table: "SurveyResponseProfiles",
                column: "OptionId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponseProfiles_QuestionId",
                table: "SurveyResponseProfiles",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SurveyId_SubmissionKeyHash",
                table: "SurveyResponses",
                columns: new[] { "SurveyId", "SubmissionKeyHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_Code",
                table: "Surveys",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_TerritoryId",
                table: "Surveys",
                column: "TerritoryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorComponents");

            migrationBuilder.DropTable(
                name: "IndicatorCriteria");

            migrationBuilder.DropTable(
                name: "IndicatorLevelSources");

            migrationBuilder.DropTable(
                name: "IndicatorRevisions");

            migrationBuilder.DropTable(
                name: "IndicatorTranslations");

            migrationBuilder.DropTable(
                name: "SurveyAnswers");

            migrationBuilder.DropTable(
                name: "SurveyIndicators");

            migrationBuilder.DropTable(
                name: "SurveyResponseProfiles");

            migrationBuilder.DropTable(
                name: "IndicatorLevels");

            migrationBuilder.DropTable(
                name: "SurveyProfileOptions");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "SurveyProfileQuestions");

            migrationBuilder.DropTable(
                name: "Surveys");
        }
    }
}
