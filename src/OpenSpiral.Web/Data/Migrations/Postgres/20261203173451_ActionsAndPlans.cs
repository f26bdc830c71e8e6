using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenSpiral.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ActionsAndPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActionResources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TerritoryId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OfferedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Quantity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IsAvailable = table.Column<bool>(type: "boolean", nullable: false),
                    AvailableUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionResources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionResources_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Actions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TerritoryId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Aim = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TargetGroups = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IsPilot = table.Column<bool>(type: "boolean", nullable: false),
                    Cycle = table.Column<int>(type: "integer", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    ReplacesId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Actions_Actions_ReplacesId",
                        column: x => x.ReplacesId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Actions_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LadderRungLabels",
                columns: table => new
                {
                    Rung = table.Column<int>(type: "integer", nullable: false),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LadderRungLabels", x => new { x.Rung, x.Language });
                    table.CheckConstraint("CK_LadderRungLabels_Rung", "\"Rung\" BETWEEN 0 AND 7");
                });

            migrationBuilder.CreateTable(
                name: "NotificationPreferences",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    InApp = table.Column<bool>(type: "boolean", nullable: false),
                    Email = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationPreferences", x => new { x.UserId, x.Kind });
                    table.ForeignKey(
                        name: "FK_NotificationPreferences_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    TerritoryId = table.Column<int>(type: "integer", nullable: true),
                    ItemId = table.Column<int>(type: "integer", nullable: true),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EmailedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NotificationSettings",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    DailyDigest = table.Column<bool>(type: "boolean", nullable: false),
                    LastDigestOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationSettings", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_NotificationSettings_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TerritoryId = table.Column<int>(type: "integer", nullable: false),
                    Cycle = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TerritoryPhaseChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TerritoryId = table.Column<int>(type: "integer", nullable: false),
                    Cycle = table.Column<int>(type: "integer", nullable: false),
                    Phase = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    EnteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ChangedById = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TerritoryPhaseChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TerritoryPhaseChanges_AspNetUsers_ChangedById",
                        column: x => x.ChangedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TerritoryPhaseChanges_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionComponents",
                columns: table => new
                {
                    ActionId = table.Column<int>(type: "integer", nullable: false),
                    ComponentId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionComponents", x => new { x.ActionId, x.ComponentId });
                    table.ForeignKey(
                        name: "FK_ActionComponents_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActionComponents_GridComponents_ComponentId",
                        column: x => x.ComponentId,
                        principalTable: "GridComponents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActionDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActionId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Content = table.Column<byte[]>(type: "bytea", nullable: true),
                    Size = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionDocuments_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionIndicators",
                columns: table => new
                {
                    ActionId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionIndicators", x => new { x.ActionId, x.IndicatorId });
                    table.ForeignKey(
                        name: "FK_ActionIndicators_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActionIndicators_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionResourceUses",
                columns: table => new
                {
                    ResourceId = table.Column<int>(type: "integer", nullable: false),
                    ActionId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionResourceUses", x => new { x.ResourceId, x.ActionId });
                    table.ForeignKey(
                        name: "FK_ActionResourceUses_ActionResources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "ActionResources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActionResourceUses_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionStakeholders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActionId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MemberId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionStakeholders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionStakeholders_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActionStakeholders_TerritoryMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "TerritoryMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Alerts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TerritoryId = table.Column<int>(type: "integer", nullable: false),
                    ActionId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RaisedById = table.Column<string>(type: "text", nullable: true),
                    Resolution = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Alerts_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Alerts_AspNetUsers_RaisedById",
                        column: x => x.RaisedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Alerts_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundTables",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TerritoryId = table.Column<int>(type: "integer", nullable: false),
                    ActionId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Cycle = table.Column<int>(type: "integer", nullable: false),
                    Notes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundTables", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundTables_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_RoundTables_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionReviews",
                columns: table => new
                {
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    ActionId = table.Column<int>(type: "integer", nullable: false),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReplacementActionId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionReviews", x => new { x.PlanId, x.ActionId });
                    table.ForeignKey(
                        name: "FK_ActionReviews_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActionReviews_Actions_ReplacementActionId",
                        column: x => x.ReplacementActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ActionReviews_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Commitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TerritoryId = table.Column<int>(type: "integer", nullable: false),
                    ActionId = table.Column<int>(type: "integer", nullable: false),
                    PlanId = table.Column<int>(type: "integer", nullable: true),
                    Stakeholder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MemberId = table.Column<int>(type: "integer", nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Means = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Commitments_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Commitments_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Commitments_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Commitments_TerritoryMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "TerritoryMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "LadderRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TerritoryId = table.Column<int>(type: "integer", nullable: false),
                    ActionId = table.Column<int>(type: "integer", nullable: true),
                    PlanId = table.Column<int>(type: "integer", nullable: true),
                    Cycle = table.Column<int>(type: "integer", nullable: false),
                    RatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Rung = table.Column<int>(type: "integer", nullable: false),
                    CoGovernance = table.Column<int>(type: "integer", nullable: false),
                    CoProduction = table.Column<int>(type: "integer", nullable: false),
                    CoManagement = table.Column<int>(type: "integer", nullable: false),
                    Justification = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RatedById = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LadderRatings", x => x.Id);
                    table.CheckConstraint("CK_LadderRatings_Facets", "\"CoGovernance\" BETWEEN 0 AND 7 AND \"CoProduction\" BETWEEN 0 AND 7 AND \"CoManagement\" BETWEEN 0 AND 7");
                    table.CheckConstraint("CK_LadderRatings_Rung", "\"Rung\" BETWEEN 0 AND 7");
                    table.CheckConstraint("CK_LadderRatings_Subject", "(\"ActionId\" IS NULL) <> (\"PlanId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_LadderRatings_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LadderRatings_AspNetUsers_RatedById",
                        column: x => x.RatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_LadderRatings_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LadderRatings_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanActions",
                columns: table => new
                {
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    ActionId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanActions", x => new { x.PlanId, x.ActionId });
                    table.ForeignKey(
                        name: "FK_PlanActions_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanActions_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanPriorities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    ComponentId = table.Column<int>(type: "integer", nullable: true),
                    IndicatorId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanPriorities", x => x.Id);
                    table.CheckConstraint("CK_PlanPriorities_Subject", "\"ComponentId\" IS NOT NULL OR \"IndicatorId\" IS NOT NULL");
                    table.ForeignKey(
                        name: "FK_PlanPriorities_GridComponents_ComponentId",
                        column: x => x.ComponentId,
                        principalTable: "GridComponents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanPriorities_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanPriorities_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanSignatories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignsAs = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanSignatories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanSignatories_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundTableComponents",
                columns: table => new
                {
                    RoundTableId = table.Column<int>(type: "integer", nullable: false),
                    ComponentId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundTableComponents", x => new { x.RoundTableId, x.ComponentId });
                    table.ForeignKey(
                        name: "FK_RoundTableComponents_GridComponents_ComponentId",
                        column: x => x.ComponentId,
                        principalTable: "GridComponents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoundTableComponents_RoundTables_RoundTableId",
                        column: x => x.RoundTableId,
                        principalTable: "RoundTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundTableParticipants",
                columns: table => new
                {
                    RoundTableId = table.Column<int>(type: "integer", nullable: false),
                    Perspective = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundTableParticipants", x => new { x.RoundTableId, x.Perspective });
                    table.CheckConstraint("CK_RoundTableParticipants_Count", "\"Count\" BETWEEN 0 AND 10000");
                    table.ForeignKey(
                        name: "FK_RoundTableParticipants_RoundTables_RoundTableId",
                        column: x => x.RoundTableId,
                        principalTable: "RoundTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommitmentUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommitmentId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    EvidenceUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AuthorId = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitmentUpdates_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CommitmentUpdates_Commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReminderDispatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CommitmentId = table.Column<int>(type: "integer", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    FiredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderDispatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReminderDispatches_Commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundTableAssessments",
                columns: table => new
                {
                    RoundTableId = table.Column<int>(type: "integer", nullable: false),
                    ComponentId = table.Column<int>(type: "integer", nullable: false),
                    Perspective = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Effect = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Proposal = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundTableAssessments", x => new { x.RoundTableId, x.ComponentId, x.Perspective });
                    table.CheckConstraint("CK_RoundTableAssessments_Effect", "\"Effect\" BETWEEN -2 AND 2");
                    table.ForeignKey(
                        name: "FK_RoundTableAssessments_RoundTableComponents_RoundTableId_Com~",
                        columns: x => new { x.RoundTableId, x.ComponentId },
                        principalTable: "RoundTableComponents",
                        principalColumns: new[] { "RoundTableId", "ComponentId" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoundTableAssessments_RoundTables_RoundTableId",
                        column: x => x.RoundTableId,
                        principalTable: "RoundTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionComponents_ComponentId",
                table: "ActionComponents",
                column: "ComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionDocuments_ActionId",
                table: "ActionDocuments",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionIndicators_IndicatorId",
                table: "ActionIndicators",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionResources_TerritoryId_Kind",
                table: "ActionResources",
                columns: new[] { "TerritoryId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionResourceUses_ActionId",
                table: "ActionResourceUses",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionReviews_ActionId",
                table: "ActionReviews",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionReviews_ReplacementActionId",
                table: "ActionReviews",
                column: "ReplacementActionId");

            migrationBuilder.CreateIndex(
                name: "IX_Actions_ReplacesId",
                table: "Actions",
                column: "ReplacesId");

            migrationBuilder.CreateIndex(
                name: "IX_Actions_TerritoryId_Status",
                table: "Actions",
                columns: new[] { "TerritoryId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionStakeholders_ActionId",
                table: "ActionStakeholders",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionStakeholders_MemberId",
                table: "ActionStakeholders",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_ActionId",
                table: "Alerts",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_RaisedById",
                table: "Alerts",
                column: "RaisedById");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_Status",
                table: "Alerts",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_TerritoryId_Status",
                table: "Alerts",
                columns: new[] { "TerritoryId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_ActionId",
                table: "Commitments",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_MemberId",
                table: "Commitments",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_PlanId",
                table: "Commitments",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_Status_DueDate",
                table: "Commitments",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_TerritoryId_Status_DueDate",
                table: "Commitments",
                columns: new[] { "TerritoryId", "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentUpdates_AuthorId",
                table: "CommitmentUpdates",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentUpdates_CommitmentId_CreatedAt",
                table: "CommitmentUpdates",
                columns: new[] { "CommitmentId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LadderRatings_ActionId",
                table: "LadderRatings",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_LadderRatings_PlanId",
                table: "LadderRatings",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_LadderRatings_RatedById",
                table: "LadderRatings",
                column: "RatedById");

            migrationBuilder.CreateIndex(
                name: "IX_LadderRatings_TerritoryId_RatedOn",
                table: "LadderRatings",
                columns: new[] { "TerritoryId", "RatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_EmailedAt_UserId",
                table: "Notifications",
                columns: new[] { "EmailedAt", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAt_CreatedAt",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_ActionId",
                table: "PlanActions",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanPriorities_ComponentId",
                table: "PlanPriorities",
                column: "ComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanPriorities_IndicatorId",
                table: "PlanPriorities",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanPriorities_PlanId_Position",
                table: "PlanPriorities",
                columns: new[] { "PlanId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_TerritoryId_Cycle",
                table: "Plans",
                columns: new[] { "TerritoryId", "Cycle" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanSignatories_PlanId_Position",
                table: "PlanSignatories",
                columns: new[] { "PlanId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_ReminderDispatches_CommitmentId",
                table: "ReminderDispatches",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ReminderDispatches_Kind_CommitmentId_DueDate",
                table: "ReminderDispatches",
                columns: new[] { "Kind", "CommitmentId", "DueDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoundTableComponents_ComponentId",
                table: "RoundTableComponents",
                column: "ComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundTables_ActionId",
                table: "RoundTables",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundTables_TerritoryId_HeldOn",
                table: "RoundTables",
                columns: new[] { "TerritoryId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TerritoryPhaseChanges_ChangedById",
                table: "TerritoryPhaseChanges",
                column: "ChangedById");

            migrationBuilder.CreateIndex(
                name: "IX_TerritoryPhaseChanges_TerritoryId_Cycle_Phase",
                table: "TerritoryPhaseChanges",
                columns: new[] { "TerritoryId", "Cycle", "Phase" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionComponents");

            migrationBuilder.DropTable(
                name: "ActionDocuments");

            migrationBuilder.DropTable(
                name: "ActionIndicators");

            migrationBuilder.DropTable(
                name: "ActionResourceUses");

            migrationBuilder.DropTable(
                name: "ActionReviews");

            migrationBuilder.DropTable(
                name: "ActionStakeholders");

            migrationBuilder.DropTable(
                name: "Alerts");

            migrationBuilder.DropTable(
                name: "CommitmentUpdates");

            migrationBuilder.DropTable(
                name: "LadderRatings");

            migrationBuilder.DropTable(
                name: "LadderRungLabels");

            migrationBuilder.DropTable(
                name: "NotificationPreferences");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "NotificationSettings");

            migrationBuilder.DropTable(
                name: "PlanActions");

            migrationBuilder.DropTable(
                name: "PlanPriorities");

            migrationBuilder.DropTable(
                name: "PlanSignatories");

            migrationBuilder.DropTable(
                name: "ReminderDispatches");

            migrationBuilder.DropTable(
                name: "RoundTableAssessments");

            migrationBuilder.DropTable(
                name: "RoundTableParticipants");

            migrationBuilder.DropTable(
                name: "TerritoryPhaseChanges");

            migrationBuilder.DropTable(
                name: "ActionResources");

            migrationBuilder.DropTable(
                name: "Commitments");

            migrationBuilder.DropTable(
                name: "RoundTableComponents");

            migrationBuilder.DropTable(
                name: "Plans");

            migrationBuilder.DropTable(
                name: "RoundTables");

            migrationBuilder.DropTable(
                name: "Actions");
        }
    }
}
