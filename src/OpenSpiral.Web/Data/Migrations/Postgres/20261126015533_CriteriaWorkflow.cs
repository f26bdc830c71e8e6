using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenSpiral.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CriteriaWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing territories share with the network; existing criteria are approved and were
            // entered by a facilitator (the defaults below).
            migrationBuilder.AddColumn<bool>(
                name: "AsksFutureGenerations",
                table: "Territories",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "SharesCriteriaWithNetwork",
                table: "Territories",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "FeedbackCode",
                table: "HomogeneousGroups",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClassifiedVia",
                table: "Criteria",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Codification",
                table: "Criteria",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "Criteria",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "KioskCampaignId",
                table: "Criteria",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Criteria",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "Facilitator");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Criteria",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Approved");

            migrationBuilder.AddColumn<int>(
                name: "SuggestionRank",
                table: "Criteria",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Criteria",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "CriterionRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CriterionId = table.Column<long>(type: "bigint", nullable: false),
                    TerritoryId = table.Column<int>(type: "integer", nullable: false),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    TextBefore = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    TextAfter = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ComponentBefore = table.Column<int>(type: "integer", nullable: true),
                    ComponentAfter = table.Column<int>(type: "integer", nullable: true),
                    ClassifiedViaBefore = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    SuggestionRankBefore = table.Column<int>(type: "integer", nullable: true),
                    ClassifiedByBefore = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ClassifiedAtBefore = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeletedBefore = table.Column<bool>(type: "boolean", nullable: true),
                    DeletedAfter = table.Column<bool>(type: "boolean", nullable: true),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Undone = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriterionRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriterionRevisions_Criteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "Criteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GroupStatements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GroupId = table.Column<int>(type: "integer", nullable: false),
                    Question = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupStatements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupStatements_HomogeneousGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "HomogeneousGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KioskCampaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TerritoryId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    GroupId = table.Column<int>(type: "integer", nullable: false),
                    IsOpen = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KioskCampaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KioskCampaigns_HomogeneousGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "HomogeneousGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KioskCampaigns_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TerritoryDescriptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TerritoryId = table.Column<int>(type: "integer", nullable: false),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TerritoryDescriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TerritoryDescriptions_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TerritoryQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TerritoryId = table.Column<int>(type: "integer", nullable: false),
                    Question = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TerritoryQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TerritoryQuestions_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GroupStatementCriteria",
                columns: table => new
                {
                    CriteriaId = table.Column<long>(type: "bigint", nullable: false),
                    GroupStatementId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupStatementCriteria", x => new { x.CriteriaId, x.GroupStatementId });
                    table.ForeignKey(
                        name: "FK_GroupStatementCriteria_Criteria_CriteriaId",
                        column: x => x.CriteriaId,
                        principalTable: "Criteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GroupStatementCriteria_GroupStatements_GroupStatementId",
                        column: x => x.GroupStatementId,
                        principalTable: "GroupStatements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HomogeneousGroups_FeedbackCode",
                table: "HomogeneousGroups",
                column: "FeedbackCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Criteria_KioskCampaignId_Status",
                table: "Criteria",
                columns: new[] { "KioskCampaignId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Criteria_TerritoryId_Status",
                table: "Criteria",
                columns: new[] { "TerritoryId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CriterionRevisions_CriterionId",
                table: "CriterionRevisions",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_CriterionRevisions_TerritoryId_BatchId",
                table: "CriterionRevisions",
                columns: new[] { "TerritoryId", "BatchId" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupStatementCriteria_GroupStatementId",
                table: "GroupStatementCriteria",
                column: "GroupStatementId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupStatements_GroupId_Question",
                table: "GroupStatements",
                columns: new[] { "GroupId", "Question" });

            migrationBuilder.CreateIndex(
                name: "IX_KioskCampaigns_Code",
                table: "KioskCampaigns",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KioskCampaigns_GroupId",
                table: "KioskCampaigns",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_KioskCampaigns_TerritoryId",
                table: "KioskCampaigns",
                column: "TerritoryId");

            migrationBuilder.CreateIndex(
                name: "IX_TerritoryDescriptions_TerritoryId_Language",
                table: "TerritoryDescriptions",
                columns: new[] { "TerritoryId", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TerritoryQuestions_TerritoryId_Question_Language",
                table: "TerritoryQuestions",
                columns: new[] { "TerritoryId", "Question", "Language" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Criteria_KioskCampaigns_KioskCampaignId",
                table: "Criteria",
                column: "KioskCampaignId",
                principalTable: "KioskCampaigns",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Criteria_KioskCampaigns_KioskCampaignId",
                table: "Criteria");

            migrationBuilder.DropTable(
                name: "CriterionRevisions");

            migrationBuilder.DropTable(
                name: "GroupStatementCriteria");

            migrationBuilder.DropTable(
                name: "KioskCampaigns");

            migrationBuilder.DropTable(
                name: "TerritoryDescriptions");

            migrationBuilder.DropTable(
                name: "TerritoryQuestions");

            migrationBuilder.DropTable(
                name: "GroupStatements");

            migrationBuilder.DropIndex(
                name: "IX_HomogeneousGroups_FeedbackCode",
                table: "HomogeneousGroups");

            migrationBuilder.DropIndex(
                name: "IX_Criteria_KioskCampaignId_Status",
                table: "Criteria");

            migrationBuilder.DropIndex(
                name: "IX_Criteria_TerritoryId_Status",
                table: "Criteria");

            migrationBuilder.DropColumn(
                name: "AsksFutureGenerations",
                table: "Territories");

            migrationBuilder.DropColumn(
                name: "SharesCriteriaWithNetwork",
                table: "Territories");

            migrationBuilder.DropColumn(
                name: "FeedbackCode",
                table: "HomogeneousGroups");

            migrationBuilder.DropColumn(
                name: "ClassifiedVia",
                table: "Criteria");

            migrationBuilder.DropColumn(
                name: "Codification",
                table: "Criteria");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "Criteria");

            migrationBuilder.DropColumn(
                name: "KioskCampaignId",
                table: "Criteria");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Criteria");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Criteria");

            migrationBuilder.DropColumn(
                name: "SuggestionRank",
                table: "Criteria");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Criteria");
        }
    }
}
