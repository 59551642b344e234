/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Accepting an invitation received by e-mail. */
export type AcceptInvitationInput = {
  /** Name shown to other members. */
  displayName: string;
  /** Password of the new account (or the existing one). */
  password: string;
  /** Slug of the territory, from the link. */
  tenantSlug: string;
  /** The token, from the link. */
  token: string;
};

/** Where an action stands. */
export type ActionStatus =
  /** Abandoned [abandonnée]. */
  | 'ABANDONED'
  /** Done [réalisée]. */
  | 'DONE'
  /** In progress [en cours]. */
  | 'IN_PROGRESS'
  /** Planned [planifiée]. */
  | 'PLANNED';

/** A new action, on exactly one commitment, coalition or organisation. */
export type AddActionInput = {
  /** Barriers [freins], one per item. */
  barriers?: Array<string> | null | undefined;
  /** Budget in euros. */
  budgetEuros?: number | null | undefined;
  /** Category: code of one of the territory’s themes. */
  categoryCode?: string | null | undefined;
  /** The coalition that carries it. */
  coalitionId?: string | null | undefined;
  /** The commitment it belongs to. */
  commitmentId?: string | null | undefined;
  /** What the action does. */
  description?: string | null | undefined;
  /** Due date, YYYY-MM-DD, not before the start. */
  dueOn?: string | null | undefined;
  /** Expected impacts; when updating, the whole new list (give `id` to keep an impact). */
  impacts?: Array<ImpactInput> | null | undefined;
  /** Levers [leviers], one per item. */
  levers?: Array<string> | null | undefined;
  /** The organisation that carries it. */
  organisationId?: string | null | undefined;
  /** Partner organisations of this territory. */
  partnerOrganisationIds?: Array<string> | null | undefined;
  /** People involved, in full-time equivalents. */
  people?: number | null | undefined;
  /** Codes of the climate-plan stakes served. */
  planStakeCodes?: Array<string> | null | undefined;
  /** Start date, YYYY-MM-DD. */
  startsOn?: string | null | undefined;
  /** Status; planned when absent at creation. */
  status?: ActionStatus | null | undefined;
  /** Title. */
  title: string;
};

/** A dated progress update of an action. */
export type AddActionProgressInput = {
  /** The action. */
  actionId: string;
  /** Where the action stands. */
  note: string;
  /** Percent done, 0 to 100. */
  percent?: number | null | undefined;
  /** Date of the update, YYYY-MM-DD. */
  reportedOn: string;
};

/** An objective on a followed indicator; which terms are needed depends on the kind. */
export type AddObjectiveInput = {
  /** Base year (relative and rate objectives). */
  baseYear?: number | null | undefined;
  /** Change in % against the base year (relative objectives). */
  changePercent?: number | null | undefined;
  /** Direction (direction-only objectives). */
  direction?: Direction | null | undefined;
  /** Indicator code. */
  indicatorCode: string;
  /** How the objective is expressed. */
  kind: ObjectiveKind;
  /** Wording as the territory states it. */
  label?: string | null | undefined;
  /** Yearly rate in % (rate objectives). */
  ratePercent?: number | null | undefined;
  /** Where it comes from: SNBC, PREPA, PPA, ZAN, PLUi… */
  source: string;
  /** Target value (absolute objectives). */
  targetValue?: number | null | undefined;
  /** Target year. */
  targetYear?: number | null | undefined;
  /** The decision or workshop that validated it. */
  validatedBy?: string | null | undefined;
};

/** The answer to one criterion. */
export type AnswerInput = {
  /** Comment. */
  comment?: string | null | undefined;
  /** Code of the criterion. */
  criterionCode: string;
  /** Links to evidence, http(s). */
  evidenceLinks?: Array<string> | null | undefined;
  /** Maturity level chosen. */
  level?: number | null | undefined;
  /** True when the organisation is not concerned. */
  notConcerned?: boolean | null | undefined;
};

/** What becomes of an answer in another version. */
export type CarryOverStatus =
  /** The criterion no longer exists: the answer is left behind. */
  | 'DROPPED'
  /** The criterion still exists: the answer carries over. */
  | 'KEPT'
  /** The criterion is new: it needs an answer. */
  | 'NEW';

/** Which list of the territory’s vocabulary an item belongs to. */
export type CatalogueKind =
  /** Type d’organisation (entreprise, association, collectivité…). */
  | 'ORGANISATION_TYPE'
  /** Secteur d’activité (tertiaire, industrie navale, santé…). */
  | 'SECTOR'
  /** Thème (énergie, mobilités, alimentation…). */
  | 'THEME'
  /** Zone géographique (ZAE, quartier, commune). */
  | 'ZONE';

/** Changing one’s own password. */
export type ChangePasswordInput = {
  /** The current password. */
  currentPassword: string;
  /** The new password. */
  newPassword: string;
};

/** Which coalitions to list; every criterion given must match. */
export type CoalitionFilterInput = {
  /** Around this theme, zone or sector code. */
  perimeterCode?: string | null | undefined;
  /** Around a theme, a zone or a sector. */
  perimeterKind?: PerimeterKind | null | undefined;
  /** Proposed, returned or validated. */
  reviewStatus?: CoalitionReviewStatus | null | undefined;
  /** At this stage. */
  stage?: CoalitionStage | null | undefined;
};

/** Where an organisation stands in a coalition. */
export type CoalitionMemberStatus =
  /** It was invited; one of its representatives accepts. */
  | 'INVITED'
  /** It is a member. */
  | 'MEMBER'
  /** It asked to join; a facilitator or an animator approves. */
  | 'REQUESTED';

/** Where an animator’s review of a proposed coalition stands. */
export type CoalitionReviewStatus =
  /** Awaiting an animator’s review. */
  | 'PROPOSED'
  /** Returned to its proposer with a comment. */
  | 'RETURNED'
  /** Validated: it may welcome members, move stages and is public. */
  | 'VALIDATED';

/** Where a coalition stands, in order. */
export type CoalitionStage =
  /** Acting. */
  | 'ACTIVE'
  /** Closed. */
  | 'CLOSED'
  /** Commitments made. */
  | 'COMMITTED'
  /** Découvrir et explorer. */
  | 'EXPLORE'
  /** Forming: members gather. */
  | 'FORMING'
  /** S’inspirer. */
  | 'INSPIRE'
  /** Se positionner et planifier. */
  | 'PLAN';

/** Where the current revision of a commitment stands in its review. */
export type CommitmentStatus =
  /** Being written by its authors. */
  | 'DRAFT'
  /** Published: this revision is on the public pages. */
  | 'PUBLISHED'
  /** Returned by an animator with a comment. */
  | 'RETURNED'
  /** Submitted to the animation team for review. */
  | 'SUBMITTED'
  /** Validated by an animator, ready to publish. */
  | 'VALIDATED';

/** How an item differs from the template version the territory was made from. */
export type ConfigurationChange =
  /** Added by the territory. */
  | 'ADDED'
  /** Present in both, with another label or content. */
  | 'CHANGED'
  /** In the template, archived or absent in the territory. */
  | 'REMOVED';

/** A new referential copied from a published version, of this or another territory. */
export type CopyReferentialInput = {
  /** Short code, lowercase words joined by hyphens, e.g. `grand-poitiers`. */
  code: string;
  /** What the referential measures and for whom. */
  description?: string | null | undefined;
  /** The published version to copy. */
  sourceVersionId: string;
  /** Title shown to members. */
  title: string;
};

/** A new theme, sector, zone or organisation type. */
export type CreateCatalogueItemInput = {
  /** Code, unique within the list. */
  code: string;
  /** For a zone: its outline, as GeoJSON text. */
  geojson?: string | null | undefined;
  /** The list to add to. */
  kind: CatalogueKind;
  /** Label shown to members. */
  label: string;
  /** Required for a zone. */
  zoneKind?: ZoneKind | null | undefined;
};

/** A new commitment, by a coalition or by an organisation (exactly one of them). */
export type CreateCommitmentInput = {
  /** The coalition that commits. */
  coalitionId?: string | null | undefined;
  /** The first actions done or planned, as text. */
  firstActions?: string | null | undefined;
  /** The mode of functioning of the group. */
  functioning?: string | null | undefined;
  /** Member organisations. At creation, a coalition’s members (or the organisation itself) when absent. */
  memberOrganisationIds?: Array<string> | null | undefined;
  /** The objective. */
  objective?: string | null | undefined;
  /** The organisation that commits. */
  organisationId?: string | null | undefined;
  /** Codes of the climate-plan stakes targeted. */
  planStakeCodes?: Array<string> | null | undefined;
  /** Title. */
  title: string;
};

/** An indicator the territory defines for itself. */
export type CreateCustomIndicatorInput = {
  /** Code, lower case, e.g. `clermont_velo.1`. */
  code: string;
  /** What it measures and how. */
  description?: string | null | undefined;
  /** Formula for a computed indicator: val(code), opt_val(code), numbers, + - * / and parentheses. */
  formula?: string | null | undefined;
  /** Largest value accepted. */
  maximum?: number | null | undefined;
  /** Smallest value accepted. */
  minimum?: number | null | undefined;
  /** Decimals to show. */
  precision?: number | null | undefined;
  /** Codes of the territory’s themes. */
  themeCodes?: Array<string> | null | undefined;
  /** Name. */
  title: string;
  /** Unit of its values. */
  unit: string;
};

/** A new territorial objective. */
export type CreateObjectiveInput = {
  /** Code, unique within the territory. */
  code: string;
  /** Horizon year. */
  horizonYear: number;
  /** Wording. */
  label: string;
  /** Target, as stated. */
  target: string;
  /** The theme it belongs to. */
  themeId?: string | null | undefined;
};

/** A new axis, stake or action of the climate plan. */
export type CreatePlanItemInput = {
  /** Code, unique within the plan. */
  code: string;
  /** Wording. */
  label: string;
  /** Axis, stake or action. */
  level: PlanLevel;
  /** The containing axis or stake; none for an axis. */
  parentId?: string | null | undefined;
};

/** A new referential; it starts with an empty draft version 1 and a default scale. */
export type CreateReferentialInput = {
  /** Short code, lowercase words joined by hyphens, e.g. `grand-poitiers`. */
  code: string;
  /** What the referential measures and for whom. */
  description?: string | null | undefined;
  /** Title shown to members. */
  title: string;
};

/** A new territory. */
export type CreateTenantInput = {
  /** Public presentation of the programme. */
  description?: string | null | undefined;
  /** Kind of local authority. */
  kind: TenantKind;
  /** Official name. */
  name: string;
  /** Name of the programme. */
  programmeName: string;
  /** SIREN of the local authority. */
  siren?: string | null | undefined;
  /** Short name for addresses: lowercase letters, digits and dashes. */
  slug: string;
};

/** A new toolbox resource. */
export type CreateToolboxResourceInput = {
  /** What it offers and to whom. */
  description?: string | null | undefined;
  /** Guide, financing aid, contact or training. */
  kind: ResourceKind;
  /** Theme codes of the territory. */
  themes?: Array<string> | null | undefined;
  /** Title. */
  title: string;
  /** Where to find it, http(s). */
  url?: string | null | undefined;
};

/** Encoding of an uploaded CSV file. */
export type CsvEncoding =
  /** UTF-8, with or without a byte-order mark (the default). */
  | 'UTF8'
  /** Windows-1252, as older spreadsheets export « CSV ». */
  | 'WINDOWS_1252';

/** The way an indicator should go. */
export type Direction =
  /** Down (baisse). */
  | 'DOWN'
  /** At least maintained (au moins maintien). */
  | 'MAINTAIN'
  /** Down or at least maintained (diminution ou au moins maintien). */
  | 'NOT_UP'
  /** Up (hausse). */
  | 'UP';

/** File format of an export. */
export type ExportFormat =
  /** Semicolon-separated UTF-8 text with decimal commas, as the imports read it. */
  | 'CSV'
  /** An Excel workbook. */
  | 'XLSX';

/** Whether facilitation rotates among members or stays with the same people. */
export type Facilitation =
  /** The same facilitators throughout. */
  | 'FIXED'
  /** Members take turns to facilitate. */
  | 'ROTATING';

/** An expected impact of an action. */
export type ImpactInput = {
  /** An existing impact of the action to keep and update. */
  id?: string | null | undefined;
  /** Code of the indicator it contributes to, e.g. `cae_1.a`. */
  indicatorCode?: string | null | undefined;
  /** How it was estimated. */
  method?: string | null | undefined;
  /** Expected quantity, e.g. 120. */
  quantity: number;
  /** Unit, e.g. `tCO2e/an`. */
  unit: string;
  /** Year the impact is expected, 2000 to 2100. */
  year: number;
};

/** A CSV file replacing a draft version’s tree. */
export type ImportReferentialCsvInput = {
  /** The file’s bytes, base64-encoded. */
  contentBase64: string;
  /** The file’s encoding; UTF-8 when not given. */
  encoding?: CsvEncoding | null | undefined;
  /** The draft version to fill. */
  versionId: string;
};

/** Where an import of values stands. */
export type ImportStatus =
  /** Nothing was written: `errors` lists every faulty row. */
  | 'FAILED'
  /** Waiting for the worker. */
  | 'PENDING'
  /** Rows are being checked and written. */
  | 'RUNNING'
  /** Every row was written. */
  | 'SUCCEEDED';

/** Where an invitation stands. */
export type InvitationStatus =
  /** Accepted: the person is a member. */
  | 'ACCEPTED'
  /** Not accepted in time. */
  | 'EXPIRED'
  /** Sent, not yet accepted; the link works until it expires. */
  | 'PENDING'
  /** Withdrawn by an admin, or replaced by a newer invitation. */
  | 'REVOKED';

/** Who to invite and with which role. */
export type InviteMemberInput = {
  /** E-mail address the invitation goes to. */
  email: string;
  /** Role granted on acceptance. */
  role: TenantRole;
};

/** Where a request to represent an organisation stands. */
export type JoinRequestStatus =
  /** Accepted: the person represents the organisation. */
  | 'APPROVED'
  /** Waiting for a representative or an animator. */
  | 'PENDING'
  /** Refused. */
  | 'REFUSED';

/** Recommends a resource for a criterion of a referential. */
export type LinkResourceInput = {
  /** Code of the criterion, e.g. `2.1`. */
  criterionCode: string;
  /** Recommend to organisations at this level or below. */
  maxLevel: number;
  /** The referential. */
  referentialId: string;
  /** The resource. */
  resourceId: string;
};

/** Credentials, and optionally the territory to open the session in. */
export type LoginInput = {
  /** Login e-mail address. */
  email: string;
  /** Password. */
  password: string;
  /** Slug of the territory; defaults to the first one. */
  tenantSlug?: string | null | undefined;
};

/** One step of a maturity scale. */
export type MaturityLevelInput = {
  /** Label, e.g. « Engagé ». */
  label: string;
  /** Level number, 0 to 9. */
  level: number;
  /** Score the level is worth, 0 or more. */
  score: number;
};

/** How an objective is expressed. */
export type ObjectiveKind =
  /** A value to reach at a year (787 kteq CO2 in 2030). */
  | 'ABSOLUTE'
  /** A direction only: up, down, or at least maintained. */
  | 'DIRECTION'
  /** A yearly rate of change in % from the base year. */
  | 'RATE'
  /** A change in % against a base year’s value (NOx −69 % from 2005). */
  | 'RELATIVE';

/** Where an onboarding job is. */
export type OnboardingStatus =
  /** Stopped on an error; see `error`. */
  | 'FAILED'
  /** Queued, not started yet. */
  | 'PENDING'
  /** Steps are being done. */
  | 'RUNNING'
  /** The territory exists, is configured and its first admin is invited. */
  | 'SUCCEEDED';

/** A step of an onboarding, in order. */
export type OnboardingStep =
  /** Applying the configuration and recording its origin. */
  | 'CONFIGURATION'
  /** Assigning the requesting consultant to it. */
  | 'CONSULTANT'
  /** Inviting the first administrator by e-mail. */
  | 'INVITATION'
  /** Creating the territory. */
  | 'TENANT';

/** A new campaign. */
export type OpenCampaignInput = {
  /** Last day (YYYY-MM-DD). */
  closesOn: string;
  /** First day (YYYY-MM-DD). */
  opensOn: string;
  /** Organisation type codes targeted. */
  organisationTypes?: Array<string> | null | undefined;
  /** Title. */
  title: string;
  /** A published referential version. */
  versionId: string;
};

/** Filters of the directory; all given filters apply together. */
export type OrganisationFilterInput = {
  /** Only members of a coalition gathered around this theme code. */
  coalitionThemeCode?: string | null | undefined;
  /** Only organisations of this sector code. */
  sectorCode?: string | null | undefined;
  /** Words of the name, city or description, or the beginning of the name. */
  text?: string | null | undefined;
  /** Only organisations of this type code. */
  typeCode?: string | null | undefined;
  /** Only organisations in this zone code. */
  zoneCode?: string | null | undefined;
};

/** Where an import of organisations stands. */
export type OrganisationImportStatus =
  /** Every row processed: valid ones kept, faulty ones reported. */
  | 'DONE'
  /** Stopped by an unexpected fault. */
  | 'FAILED'
  /** Waiting for the worker. */
  | 'QUEUED'
  /** Rows being read and written. */
  | 'RUNNING';

/** What the animators’ overview groups by. */
export type OverviewDimension =
  /** By stake of the territory’s climate plan. */
  | 'PLAN_STAKE'
  /** By theme of the territory. */
  | 'THEME';

/** What a coalition gathers around: a theme, a zone or a sector of the territory. */
export type PerimeterKind =
  /** A sector of activity [secteur], e.g. Industrie navale. */
  | 'SECTOR'
  /** A theme of the climate plan [thématique], e.g. Éclairage. */
  | 'THEME'
  /** A geographical zone [zone], e.g. a business park or a neighbourhood. */
  | 'ZONE';

/** The level of an item in the climate plan tree. */
export type PlanLevel =
  /** Action: a leaf, below an axis or a stake. */
  | 'ACTION'
  /** Axe: a root of the plan. */
  | 'AXIS'
  /** Enjeu: below an axis or another stake. */
  | 'STAKE';

/** Roles held across territories. */
export type PlatformRole =
  /** Onboards and supports the territories assigned to them. */
  | 'CONSULTANT'
  /** Runs the platform: creates territories, assigns consultants. */
  | 'OPERATOR';

/** A coalition a member proposes to the territory’s animators. */
export type ProposeCoalitionInput = {
  /** Name, unique in the territory, e.g. « Éclairage nocturne ». */
  name: string;
  /** What the coalition sets out to do. */
  objective: string;
  /** Organisations the proposer represents, founding members of the coalition. */
  organisationIds?: Array<string> | null | undefined;
  /** Code of the theme, zone or sector in the territory’s configuration. */
  perimeterCode: string;
  /** Theme, zone or sector. */
  perimeterKind: PerimeterKind;
};

/** A value of an indicator for a year; the same scope entered again replaces it. */
export type RecordValueInput = {
  /** Indicator code. */
  indicatorCode: string;
  /** Observed, estimated or target. */
  kind: ValueKind;
  /** Organisation contributing the value. */
  organisationId?: string | null | undefined;
  /** Sector of a breakdown; empty for the whole territory. */
  sector?: string | null | undefined;
  /** Where the value comes from. */
  source?: string | null | undefined;
  /** Unit, checked against the indicator’s when given. */
  unit?: string | null | undefined;
  /** The value, in the indicator’s unit. */
  value: number;
  /** Year. */
  year: number;
};

/** Whether a version may still change. */
export type ReferentialVersionStatus =
  /** Being prepared: its tree and scale may change. */
  | 'DRAFT'
  /** Frozen: assessments are made on it. */
  | 'PUBLISHED';

/** An organisation a member registers; they become its representative. */
export type RegisterOrganisationInput = {
  /** Street address. */
  address?: string | null | undefined;
  /** City. */
  city?: string | null | undefined;
  /** What the organisation does. */
  description?: string | null | undefined;
  /** Name. */
  name: string;
  /** Postcode, five digits. */
  postcode?: string | null | undefined;
  /** True to appear on the territory’s public pages (false when registering, by default). */
  publicProfile?: boolean | null | undefined;
  /** Sector codes of the territory. */
  sectorCodes?: Array<string> | null | undefined;
  /** SIRET (14 digits) or SIREN (9 digits); spaces allowed. */
  sirenOrSiret?: string | null | undefined;
  /** Size band in employees: `none`, `1-9`, `10-49`, `50-249`, `250-4999` or `5000+`. */
  sizeBand?: string | null | undefined;
  /** Code of one of the territory’s organisation types. */
  typeCode: string;
  /** Website, http(s). */
  website?: string | null | undefined;
  /** Zone codes of the territory. */
  zoneCodes?: Array<string> | null | undefined;
};

/** A request to represent an organisation already in the directory. */
export type RequestToJoinOrganisationInput = {
  /** A word for its representatives. */
  message?: string | null | undefined;
  /** The organisation. */
  organisationId: string;
};

/** Choosing a new password from a reset link. */
export type ResetPasswordInput = {
  /** The new password. */
  password: string;
  /** The token, from the link. */
  token: string;
};

/** What kind of help a toolbox resource is. */
export type ResourceKind =
  /** A person or body to contact. */
  | 'CONTACT'
  /** A financing aid. */
  | 'FINANCING'
  /** A guide or method. */
  | 'GUIDE'
  /** A training. */
  | 'TRAINING';

/** Answers saved into a draft assessment. */
export type SaveAnswersInput = {
  /** Answers to write; others are left as they are. */
  answers: Array<AnswerInput>;
  /** The draft assessment. */
  assessmentId: string;
};

/** Whether an assessment may still change. */
export type SelfAssessmentStatus =
  /** Being answered; saved as a draft. */
  | 'DRAFT'
  /** Submitted: scored and frozen. */
  | 'SUBMITTED';

/** How a coalition works; a field left out keeps its value, an empty text clears it. */
export type SetCoalitionFunctioningInput = {
  /** The coalition. */
  coalitionId: string;
  /** Rotating or fixed facilitation. */
  facilitation?: Facilitation | null | undefined;
  /** Who liaises with the territory and outside actors. */
  liaison?: string | null | undefined;
  /** How often members meet, e.g. « une fois par mois ». */
  meetingFrequency?: string | null | undefined;
  /** Tools the group works with. */
  tools?: string | null | undefined;
};

/** The whole maturity scale of a draft version. */
export type SetMaturityScaleInput = {
  /** Every level, from the lowest. */
  levels: Array<MaturityLevelInput>;
  /** The draft version. */
  versionId: string;
};

/** A CSV file of values: code, annee, valeur, and optionally type, unite, secteur, source. */
export type StartIndicatorImportInput = {
  /** The file’s bytes, base64-encoded (UTF-8 CSV, comma or semicolon separated). */
  contentBase64: string;
  /** Name of the file, shown in the import’s report. */
  fileName: string;
};

/** A new territory to onboard: from a template version or another territory. */
export type StartOnboardingInput = {
  /** E-mail address of the first administrator, who is invited at the end. */
  adminEmail: string;
  /** Name of the territory, e.g. « Communauté d’agglomération du Grand Angoulême ». */
  name: string;
  /** Name of its programme; derived from the name by default. */
  programmeName?: string | null | undefined;
  /** Slug, lower-case letters, digits and dashes. */
  slug: string;
  /** Territory whose configuration to copy (one you serve). */
  sourceTenantId?: string | null | undefined;
  /** Template to apply (or give sourceTenantId). */
  templateId?: string | null | undefined;
  /** Template version; the latest by default. */
  templateVersion?: number | null | undefined;
};

/** A CSV file of organisations to import. */
export type StartOrganisationImportInput = {
  /** The file’s bytes (UTF-8 CSV), base64-encoded. */
  contentBase64: string;
  /** The file’s name, as the animator chose it. */
  fileName: string;
};

/** Which organisation starts an assessment, on which published version. */
export type StartSelfAssessmentInput = {
  /** The organisation assessed. */
  organisationId: string;
  /** Organisation type code, e.g. `entreprise`. */
  organisationType?: string | null | undefined;
  /** Sector code, e.g. `industrie`. */
  sector?: string | null | undefined;
  /** A published referential version. */
  versionId: string;
};

/** The kind of local authority a territory is. */
export type TenantKind =
  /** Communauté d’agglomération. */
  | 'COMMUNAUTE_AGGLOMERATION'
  /** Communauté de communes. */
  | 'COMMUNAUTE_COMMUNES'
  /** Communauté urbaine. */
  | 'COMMUNAUTE_URBAINE'
  /** Commune. */
  | 'COMMUNE'
  /** Métropole. */
  | 'METROPOLE'
  /** Pays or PETR (pôle d’équilibre territorial et rural). */
  | 'PAYS_PETR';

/** What a membership allows within one territory. */
export type TenantRole =
  /** Configures the territory and manages its members. */
  | 'ADMIN'
  /** Runs the programme: validates, facilitates, follows up. */
  | 'ANIMATOR'
  /** Speaks at workshops (intervenant). */
  | 'EXPERT'
  /** Represents one or more organisations of the territory. */
  | 'MEMBER'
  /** Reads without contributing. */
  | 'OBSERVER';

/** Where a territory stands on the platform. */
export type TenantStatus =
  /** Open to its members. */
  | 'ACTIVE'
  /** Being set up by its consultant; not yet open to members. */
  | 'ONBOARDING'
  /** Closed for now; its data is kept. */
  | 'SUSPENDED';

/** Whether the latest value keeps to the objective. */
export type TrackStatus =
  /** Behind the trajectory, or the trend goes the wrong way. */
  | 'OFF_TRACK'
  /** On the trajectory’s good side, or the trend goes the right way. */
  | 'ON_TRACK'
  /** Cannot be judged: the reason says what is missing. */
  | 'UNKNOWN';

/** Changes to an action. */
export type UpdateActionInput = {
  /** The action. */
  actionId: string;
  /** Barriers [freins], one per item. */
  barriers?: Array<string> | null | undefined;
  /** Budget in euros. */
  budgetEuros?: number | null | undefined;
  /** Category: code of one of the territory’s themes. */
  categoryCode?: string | null | undefined;
  /** What the action does. */
  description?: string | null | undefined;
  /** Due date, YYYY-MM-DD, not before the start. */
  dueOn?: string | null | undefined;
  /** Expected impacts; when updating, the whole new list (give `id` to keep an impact). */
  impacts?: Array<ImpactInput> | null | undefined;
  /** Levers [leviers], one per item. */
  levers?: Array<string> | null | undefined;
  /** Partner organisations of this territory. */
  partnerOrganisationIds?: Array<string> | null | undefined;
  /** People involved, in full-time equivalents. */
  people?: number | null | undefined;
  /** Codes of the climate-plan stakes served. */
  planStakeCodes?: Array<string> | null | undefined;
  /** Start date, YYYY-MM-DD. */
  startsOn?: string | null | undefined;
  /** Status; planned when absent at creation. */
  status?: ActionStatus | null | undefined;
  /** Title. */
  title?: string | null | undefined;
};

/** Changes to a configuration item; omitted fields stay as they are. */
export type UpdateCatalogueItemInput = {
  /** New code. */
  code?: string | null | undefined;
  /** New outline as GeoJSON text (zones only). */
  geojson?: string | null | undefined;
  /** New label. */
  label?: string | null | undefined;
  /** New zone kind (zones only). */
  zoneKind?: ZoneKind | null | undefined;
};

/** A proposed or returned coalition, edited by its proposer and proposed again. */
export type UpdateCoalitionInput = {
  /** The coalition. */
  id: string;
  /** Name, unique in the territory. */
  name: string;
  /** What the coalition sets out to do. */
  objective: string;
  /** Code of the theme, zone or sector in the territory’s configuration. */
  perimeterCode: string;
  /** Theme, zone or sector. */
  perimeterKind: PerimeterKind;
};

/** Changes to a commitment; editing a published one starts a new revision. */
export type UpdateCommitmentInput = {
  /** The commitment. */
  commitmentId: string;
  /** The first actions done or planned, as text. */
  firstActions?: string | null | undefined;
  /** The mode of functioning of the group. */
  functioning?: string | null | undefined;
  /** Member organisations. At creation, a coalition’s members (or the organisation itself) when absent. */
  memberOrganisationIds?: Array<string> | null | undefined;
  /** The objective. */
  objective?: string | null | undefined;
  /** Codes of the climate-plan stakes targeted. */
  planStakeCodes?: Array<string> | null | undefined;
  /** Title. */
  title?: string | null | undefined;
};

/** Changes to an organisation (its representatives, animators, admins). */
export type UpdateOrganisationInput = {
  /** Street address. */
  address?: string | null | undefined;
  /** City. */
  city?: string | null | undefined;
  /** What the organisation does. */
  description?: string | null | undefined;
  /** The organisation. */
  id: string;
  /** Name. */
  name?: string | null | undefined;
  /** Postcode, five digits. */
  postcode?: string | null | undefined;
  /** True to appear on the territory’s public pages (false when registering, by default). */
  publicProfile?: boolean | null | undefined;
  /** Sector codes of the territory. */
  sectorCodes?: Array<string> | null | undefined;
  /** SIRET (14 digits) or SIREN (9 digits); spaces allowed. */
  sirenOrSiret?: string | null | undefined;
  /** Size band in employees: `none`, `1-9`, `10-49`, `50-249`, `250-4999` or `5000+`. */
  sizeBand?: string | null | undefined;
  /** Code of one of the territory’s organisation types. */
  typeCode?: string | null | undefined;
  /** Website, http(s). */
  website?: string | null | undefined;
  /** Zone codes of the territory. */
  zoneCodes?: Array<string> | null | undefined;
};

/** Changes to one’s own profile. */
export type UpdateProfileInput = {
  /** Name shown to other members. */
  displayName: string;
};

/** What a value is. */
export type ValueKind =
  /** Estimated (estimé). */
  | 'ESTIMATED'
  /** Measured (réel). */
  | 'OBSERVED'
  /** A target entered as a value (cible). */
  | 'TARGET';

/** What kind of place a geographic zone is. */
export type ZoneKind =
  /** Commune. */
  | 'COMMUNE'
  /** Quartier. */
  | 'NEIGHBOURHOOD'
  /** Zone d’activité économique. */
  | 'ZAE';

export type TenantFieldsFragment = { id: string, slug: string, name: string, kind: TenantKind, programmeName: string, description: string | null, status: TenantStatus };

export type ViewerFieldsFragment = { currentRoles: Array<TenantRole>, user: { id: string, email: string, displayName: string, platformRoles: Array<PlatformRole> }, currentTenant: { id: string, slug: string, name: string, kind: TenantKind, programmeName: string, description: string | null, status: TenantStatus } | null, memberships: Array<{ roles: Array<TenantRole>, tenant: { id: string, slug: string, name: string, kind: TenantKind, programmeName: string, description: string | null, status: TenantStatus } }> };

export type TenantBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type TenantBySlugQuery = { tenantBySlug: { id: string, slug: string, name: string, kind: TenantKind, programmeName: string, description: string | null, status: TenantStatus } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { currentRoles: Array<TenantRole>, user: { id: string, email: string, displayName: string, platformRoles: Array<PlatformRole> }, currentTenant: { id: string, slug: string, name: string, kind: TenantKind, programmeName: string, description: string | null, status: TenantStatus } | null, memberships: Array<{ roles: Array<TenantRole>, tenant: { id: string, slug: string, name: string, kind: TenantKind, programmeName: string, description: string | null, status: TenantStatus } }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, viewer: { currentRoles: Array<TenantRole>, user: { id: string, email: string, displayName: string, platformRoles: Array<PlatformRole> }, currentTenant: { id: string, slug: string, name: string, kind: TenantKind, programmeName: string, description: string | null, status: TenantStatus } | null, memberships: Array<{ roles: Array<TenantRole>, tenant: { id: string, slug: string, name: string, kind: TenantKind, programmeName: string, description: string | null, status: TenantStatus } }> } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, viewer: { currentRoles: Array<TenantRole>, user: { id: string, email: string, displayName: string, platformRoles: Array<PlatformRole> }, currentTenant: { id: string, slug: string, name: string, kind: TenantKind, programmeName: string, description: string | null, status: TenantStatus } | null, memberships: Array<{ roles: Array<TenantRole>, tenant: { id: string, slug: string, name: string, kind: TenantKind, programmeName: string, description: string | null, status: TenantStatus } }> } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogoutMutation = { logout: boolean };

export type SwitchTenantMutationVariables = Exact<{
  tenantSlug: string;
}>;


export type SwitchTenantMutation = { switchTenant: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, viewer: { currentRoles: Array<TenantRole>, user: { id: string, email: string, displayName: string, platformRoles: Array<PlatformRole> }, currentTenant: { id: string, slug: string, name: string, kind: TenantKind, programmeName: string, description: string | null, status: TenantStatus } | null, memberships: Array<{ roles: Array<TenantRole>, tenant: { id: string, slug: string, name: string, kind: TenantKind, programmeName: string, description: string | null, status: TenantStatus } }> } } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, viewer: { currentRoles: Array<TenantRole>, user: { id: string, email: string, displayName: string, platformRoles: Array<PlatformRole> }, currentTenant: { id: string, slug: string, name: string, kind: TenantKind, programmeName: string, description: string | null, status: TenantStatus } | null, memberships: Array<{ roles: Array<TenantRole>, tenant: { id: string, slug: string, name: string, kind: TenantKind, programmeName: string, description: string | null, status: TenantStatus } }> } } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, email: string, displayName: string, platformRoles: Array<PlatformRole> } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type MemberFieldsFragment = { id: string, roles: Array<TenantRole>, joinedAt: string, user: { id: string, email: string, displayName: string } };

export type MembersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MembersQuery = { members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, roles: Array<TenantRole>, joinedAt: string, user: { id: string, email: string, displayName: string } } }> } };

export type InvitationFieldsFragment = { id: string, email: string, role: TenantRole, status: InvitationStatus, expiresAt: string, createdAt: string };

export type InvitationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: InvitationStatus | null | undefined;
}>;


export type InvitationsQuery = { invitations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, email: string, role: TenantRole, status: InvitationStatus, expiresAt: string, createdAt: string } }> } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { id: string, email: string, role: TenantRole, status: InvitationStatus, expiresAt: string, createdAt: string } };

export type RevokeInvitationMutationVariables = Exact<{
  id: string;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string, email: string, role: TenantRole, status: InvitationStatus, expiresAt: string, createdAt: string } };

export type ChangeMemberRoleMutationVariables = Exact<{
  memberId: string;
  role: TenantRole;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole: { id: string, roles: Array<TenantRole>, joinedAt: string, user: { id: string, email: string, displayName: string } } };

export type RemoveMemberMutationVariables = Exact<{
  memberId: string;
}>;


export type RemoveMemberMutation = { removeMember: boolean };

export type TenantsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TenantsQuery = { tenants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { siren: string | null, createdAt: string, id: string, slug: string, name: string, kind: TenantKind, programmeName: string, description: string | null, status: TenantStatus } }> } };

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type CreateTenantMutation = { createTenant: { siren: string | null, createdAt: string, id: string, slug: string, name: string, kind: TenantKind, programmeName: string, description: string | null, status: TenantStatus } };

export type AssignConsultantMutationVariables = Exact<{
  tenantId: string;
  email: string;
}>;


export type AssignConsultantMutation = { assignConsultant: { id: string } };

export type CatalogueItemFieldsFragment = { id: string, kind: CatalogueKind, code: string, label: string, position: number, zoneKind: ZoneKind | null, archived: boolean };

export type CatalogueItemsQueryVariables = Exact<{
  kind: CatalogueKind;
  includeArchived?: boolean | null | undefined;
}>;


export type CatalogueItemsQuery = { catalogueItems: Array<{ id: string, kind: CatalogueKind, code: string, label: string, position: number, zoneKind: ZoneKind | null, archived: boolean }> };

export type CreateCatalogueItemMutationVariables = Exact<{
  input: CreateCatalogueItemInput;
}>;


export type CreateCatalogueItemMutation = { createCatalogueItem: { id: string, kind: CatalogueKind, code: string, label: string, position: number, zoneKind: ZoneKind | null, archived: boolean } };

export type UpdateCatalogueItemMutationVariables = Exact<{
  id: string;
  input: UpdateCatalogueItemInput;
}>;


export type UpdateCatalogueItemMutation = { updateCatalogueItem: { id: string, kind: CatalogueKind, code: string, label: string, position: number, zoneKind: ZoneKind | null, archived: boolean } };

export type ArchiveCatalogueItemMutationVariables = Exact<{
  id: string;
  archived?: boolean | null | undefined;
}>;


export type ArchiveCatalogueItemMutation = { archiveCatalogueItem: { id: string, kind: CatalogueKind, code: string, label: string, position: number, zoneKind: ZoneKind | null, archived: boolean } };

export type ReorderCatalogueItemsMutationVariables = Exact<{
  kind: CatalogueKind;
  ids: Array<string> | string;
}>;


export type ReorderCatalogueItemsMutation = { reorderCatalogueItems: Array<{ id: string, kind: CatalogueKind, code: string, label: string, position: number, zoneKind: ZoneKind | null, archived: boolean }> };

export type PlanItemFieldsFragment = { id: string, parentId: string | null, level: PlanLevel, code: string, label: string, position: number, archived: boolean };

export type ClimatePlanQueryVariables = Exact<{
  includeArchived?: boolean | null | undefined;
}>;


export type ClimatePlanQuery = { climatePlan: Array<{ id: string, parentId: string | null, level: PlanLevel, code: string, label: string, position: number, archived: boolean }> };

export type PublicVocabularyQueryVariables = Exact<{
  tenantId: string;
}>;


export type PublicVocabularyQuery = { publicVocabulary: { themes: Array<{ code: string, label: string }>, sectors: Array<{ code: string, label: string }>, zones: Array<{ code: string, label: string }>, organisationTypes: Array<{ code: string, label: string }>, climatePlan: Array<{ id: string, parentId: string | null, level: PlanLevel, code: string, label: string, position: number, archived: boolean }> } };

export type CreatePlanItemMutationVariables = Exact<{
  input: CreatePlanItemInput;
}>;


export type CreatePlanItemMutation = { createPlanItem: { id: string, parentId: string | null, level: PlanLevel, code: string, label: string, position: number, archived: boolean } };

export type ArchivePlanItemMutationVariables = Exact<{
  id: string;
  archived?: boolean | null | undefined;
}>;


export type ArchivePlanItemMutation = { archivePlanItem: { id: string, parentId: string | null, level: PlanLevel, code: string, label: string, position: number, archived: boolean } };

export type ReorderPlanItemsMutationVariables = Exact<{
  parentId?: string | null | undefined;
  ids: Array<string> | string;
}>;


export type ReorderPlanItemsMutation = { reorderPlanItems: Array<{ id: string, parentId: string | null, level: PlanLevel, code: string, label: string, position: number, archived: boolean }> };

export type ObjectiveFieldsFragment = { id: string, code: string, label: string, horizonYear: number, target: string, position: number, archived: boolean, theme: { id: string, label: string } | null };

export type TerritorialObjectivesQueryVariables = Exact<{
  includeArchived?: boolean | null | undefined;
}>;


export type TerritorialObjectivesQuery = { territorialObjectives: Array<{ id: string, code: string, label: string, horizonYear: number, target: string, position: number, archived: boolean, theme: { id: string, label: string } | null }> };

export type CreateObjectiveMutationVariables = Exact<{
  input: CreateObjectiveInput;
}>;


export type CreateObjectiveMutation = { createObjective: { id: string, code: string, label: string, horizonYear: number, target: string, position: number, archived: boolean, theme: { id: string, label: string } | null } };

export type ArchiveObjectiveMutationVariables = Exact<{
  id: string;
  archived?: boolean | null | undefined;
}>;


export type ArchiveObjectiveMutation = { archiveObjective: { id: string, code: string, label: string, horizonYear: number, target: string, position: number, archived: boolean, theme: { id: string, label: string } | null } };

export type ReorderObjectivesMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ReorderObjectivesMutation = { reorderObjectives: Array<{ id: string, code: string, label: string, horizonYear: number, target: string, position: number, archived: boolean, theme: { id: string, label: string } | null }> };

export type TemplateVersionFieldsFragment = { version: number, note: string | null, createdAt: string };

export type ConfigurationTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationTemplatesQuery = { configurationTemplates: Array<{ id: string, code: string, name: string, description: string | null, versions: Array<{ version: number, note: string | null, createdAt: string }> }> };

export type ConfigurationTemplateDocumentsQueryVariables = Exact<{
  id: string;
}>;


export type ConfigurationTemplateDocumentsQuery = { configurationTemplate: { id: string, versions: Array<{ version: number, document: string }> } };

export type PublishConfigurationTemplateVersionMutationVariables = Exact<{
  templateId: string;
  document: string;
  note?: string | null | undefined;
}>;


export type PublishConfigurationTemplateVersionMutation = { publishConfigurationTemplateVersion: { version: number, note: string | null, createdAt: string } };

export type OnboardingFieldsFragment = { id: string, name: string, slug: string, adminEmail: string, status: OnboardingStatus, stepsDone: number, totalSteps: number, currentStep: OnboardingStep | null, error: string | null, createdAt: string, finishedAt: string | null };

export type StartOnboardingMutationVariables = Exact<{
  input: StartOnboardingInput;
}>;


export type StartOnboardingMutation = { startOnboarding: { id: string, name: string, slug: string, adminEmail: string, status: OnboardingStatus, stepsDone: number, totalSteps: number, currentStep: OnboardingStep | null, error: string | null, createdAt: string, finishedAt: string | null } };

export type OnboardingQueryVariables = Exact<{
  id: string;
}>;


export type OnboardingQuery = { onboarding: { id: string, name: string, slug: string, adminEmail: string, status: OnboardingStatus, stepsDone: number, totalSteps: number, currentStep: OnboardingStep | null, error: string | null, createdAt: string, finishedAt: string | null } };

export type OnboardingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OnboardingsQuery = { onboardings: { totalCount: number, edges: Array<{ node: { id: string, name: string, slug: string, adminEmail: string, status: OnboardingStatus, stepsDone: number, totalSteps: number, currentStep: OnboardingStep | null, error: string | null, createdAt: string, finishedAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExportConfigurationQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportConfigurationQuery = { exportConfiguration: string };

export type ImportConfigurationMutationVariables = Exact<{
  document: string;
}>;


export type ImportConfigurationMutation = { importConfiguration: string };

export type ConfigurationOriginQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationOriginQuery = { configurationOrigin: { templateId: string, templateName: string, version: number, latestVersion: number, appliedAt: string, differences: Array<{ list: string, code: string, change: ConfigurationChange, label: string }> } | null };

export type IndicatorSummaryFragment = { code: string, title: string, unit: string, themes: Array<string>, custom: boolean, formula: string | null, status: TrackStatus };

export type IndicatorObjectiveFieldsFragment = { id: string, kind: ObjectiveKind, label: string | null, baseYear: number | null, targetYear: number | null, targetValue: number | null, changePercent: number | null, ratePercent: number | null, direction: Direction | null, source: string, validatedBy: string | null, status: TrackStatus, statusReason: string, trajectory: Array<{ year: number, value: number }>, whatIsMissing: { target: number | null, latestYear: number | null, latestValue: number | null, gapToTrajectory: number | null, remaining: number | null, declared: number, coverage: number | null, otherUnits: number, impacts: Array<{ actionRef: string, actionTitle: string | null, quantity: number, unit: string, year: number }> } };

export type IndicatorValueFieldsFragment = { id: string, year: number, kind: ValueKind, sector: string, value: number | null, computed: boolean, missingReason: string | null, source: string | null };

export type IndicatorsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IndicatorsQuery = { indicators: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, title: string, unit: string, themes: Array<string>, custom: boolean, formula: string | null, status: TrackStatus } }> } };

export type IndicatorPageQueryVariables = Exact<{
  code: string;
}>;


export type IndicatorPageQuery = { indicator: { precision: number | null, minimum: number | null, maximum: number | null, description: string | null, parents: Array<string>, code: string, title: string, unit: string, themes: Array<string>, custom: boolean, formula: string | null, status: TrackStatus, values: Array<{ id: string, year: number, kind: ValueKind, sector: string, value: number | null, computed: boolean, missingReason: string | null, source: string | null }>, objectives: Array<{ id: string, kind: ObjectiveKind, label: string | null, baseYear: number | null, targetYear: number | null, targetValue: number | null, changePercent: number | null, ratePercent: number | null, direction: Direction | null, source: string, validatedBy: string | null, status: TrackStatus, statusReason: string, trajectory: Array<{ year: number, value: number }>, whatIsMissing: { target: number | null, latestYear: number | null, latestValue: number | null, gapToTrajectory: number | null, remaining: number | null, declared: number, coverage: number | null, otherUnits: number, impacts: Array<{ actionRef: string, actionTitle: string | null, quantity: number, unit: string, year: number }> } }> } };

export type IndicatorCatalogueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type IndicatorCatalogueQuery = { indicatorCatalogue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, title: string, unit: string, themes: Array<string>, formula: string | null } }> } };

export type FollowIndicatorsMutationVariables = Exact<{
  codes: Array<string> | string;
}>;


export type FollowIndicatorsMutation = { followIndicators: Array<{ code: string, title: string, unit: string, themes: Array<string>, custom: boolean, formula: string | null, status: TrackStatus }> };

export type UnfollowIndicatorMutationVariables = Exact<{
  code: string;
}>;


export type UnfollowIndicatorMutation = { unfollowIndicator: boolean };

export type CreateCustomIndicatorMutationVariables = Exact<{
  input: CreateCustomIndicatorInput;
}>;


export type CreateCustomIndicatorMutation = { createCustomIndicator: { code: string, title: string, unit: string, themes: Array<string>, custom: boolean, formula: string | null, status: TrackStatus } };

export type RecordIndicatorValueMutationVariables = Exact<{
  input: RecordValueInput;
}>;


export type RecordIndicatorValueMutation = { recordIndicatorValue: { id: string, year: number, kind: ValueKind, sector: string, value: number | null, computed: boolean, missingReason: string | null, source: string | null } };

export type RemoveIndicatorValueMutationVariables = Exact<{
  id: string;
}>;


export type RemoveIndicatorValueMutation = { removeIndicatorValue: boolean };

export type AddObjectiveMutationVariables = Exact<{
  input: AddObjectiveInput;
}>;


export type AddObjectiveMutation = { addObjective: { id: string } };

export type RemoveObjectiveMutationVariables = Exact<{
  id: string;
}>;


export type RemoveObjectiveMutation = { removeObjective: boolean };

export type IndicatorImportFieldsFragment = { id: string, fileName: string, status: ImportStatus, totalRows: number, processedRows: number, writtenRows: number, finishedAt: string | null, errors: Array<{ line: number, field: string, message: string }> };

export type StartIndicatorImportMutationVariables = Exact<{
  input: StartIndicatorImportInput;
}>;


export type StartIndicatorImportMutation = { startIndicatorImport: { id: string, fileName: string, status: ImportStatus, totalRows: number, processedRows: number, writtenRows: number, finishedAt: string | null, errors: Array<{ line: number, field: string, message: string }> } };

export type IndicatorImportQueryVariables = Exact<{
  id: string;
}>;


export type IndicatorImportQuery = { indicatorImport: { id: string, fileName: string, status: ImportStatus, totalRows: number, processedRows: number, writtenRows: number, finishedAt: string | null, errors: Array<{ line: number, field: string, message: string }> } };

export type ExportIndicatorValuesQueryVariables = Exact<{
  codes?: Array<string> | string | null | undefined;
  format?: ExportFormat | null | undefined;
}>;


export type ExportIndicatorValuesQuery = { exportIndicatorValues: { fileName: string, mediaType: string, contentBase64: string } };

export type IndicatorBreakdownQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type IndicatorBreakdownQuery = { indicators: { edges: Array<{ node: { code: string, title: string, unit: string, parents: Array<string>, values: Array<{ year: number, sector: string, value: number | null }> } }> } };

export type AssessmentHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type AssessmentHomeQuery = { myAssessmentOrganisations: Array<{ id: string, name: string, organisationType: string | null, sector: string | null }>, referentials: { edges: Array<{ node: { id: string, code: string, title: string, description: string | null, versions: Array<{ id: string, number: number, status: ReferentialVersionStatus }> } }> } };

export type OrganisationAssessmentsQueryVariables = Exact<{
  organisationId: string;
}>;


export type OrganisationAssessmentsQuery = { selfAssessments: { totalCount: number, edges: Array<{ node: { id: string, status: SelfAssessmentStatus, submittedAt: string | null, createdAt: string, versionId: string, score: { overall: number | null, overallChange: number | null } } }> } };

export type StartSelfAssessmentMutationVariables = Exact<{
  input: StartSelfAssessmentInput;
}>;


export type StartSelfAssessmentMutation = { startSelfAssessment: { id: string } };

export type SelfAssessmentPageQueryVariables = Exact<{
  id: string;
}>;


export type SelfAssessmentPageQuery = { selfAssessment: { id: string, versionId: string, referentialId: string, organisationId: string, organisationType: string | null, status: SelfAssessmentStatus, submittedAt: string | null, answers: Array<{ criterionCode: string, level: number | null, notConcerned: boolean, comment: string | null, evidenceLinks: Array<string> }>, score: { overall: number | null, overallChange: number | null, nodes: Array<{ code: string, score: number | null, answered: number, counted: number, change: number | null }> }, previous: { id: string, submittedAt: string | null } | null } };

export type SelfAssessmentResultsQueryVariables = Exact<{
  id: string;
}>;


export type SelfAssessmentResultsQuery = { selfAssessment: { id: string, recommendations: Array<{ criterionCode: string, level: number, resource: { id: string, kind: ResourceKind, title: string, description: string | null, url: string | null } }>, benchmark: { sector: { code: string | null, contributors: number, shown: boolean, overall: number | null, domains: Array<{ code: string, median: number | null }> }, organisationType: { code: string | null, contributors: number, shown: boolean, overall: number | null, domains: Array<{ code: string, median: number | null }> } } } };

export type ReferentialVersionTreeQueryVariables = Exact<{
  id: string;
}>;


export type ReferentialVersionTreeQuery = { referentialVersion: { id: string, number: number, status: ReferentialVersionStatus, scale: Array<{ level: number, label: string, score: number }>, nodes: Array<{ code: string, parentCode: string | null, depth: number, title: string, guidance: string | null, isCriterion: boolean, organisationTypes: Array<string>, levels: Array<{ level: number, description: string }> }> } };

export type SaveAssessmentAnswersMutationVariables = Exact<{
  input: SaveAnswersInput;
}>;


export type SaveAssessmentAnswersMutation = { saveAssessmentAnswers: { id: string } };

export type SubmitSelfAssessmentMutationVariables = Exact<{
  id: string;
}>;


export type SubmitSelfAssessmentMutation = { submitSelfAssessment: { id: string, status: SelfAssessmentStatus } };

export type CampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignsQuery = { campaigns: { edges: Array<{ node: { id: string, title: string, opensOn: string, closesOn: string, organisationTypes: Array<string>, responseRate: { targets: number, responded: number, rate: number | null } } }> } };

export type SendCampaignRemindersMutationVariables = Exact<{
  campaignId: string;
}>;


export type SendCampaignRemindersMutation = { sendCampaignReminders: number };

export type ReferentialDistributionQueryVariables = Exact<{
  referentialId: string;
}>;


export type ReferentialDistributionQuery = { referentialDistribution: Array<{ code: string, contributors: number, min: number | null, q1: number | null, median: number | null, q3: number | null, max: number | null }> };

export type ReferentialAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferentialAdminQuery = { referentials: { edges: Array<{ node: { id: string, code: string, title: string, description: string | null, versions: Array<{ id: string, number: number, status: ReferentialVersionStatus, publishedAt: string | null, nodeCount: number, scale: Array<{ level: number, label: string, score: number }> }> } }> }, toolboxResources: { totalCount: number, edges: Array<{ node: { id: string, kind: ResourceKind, title: string, url: string | null, themes: Array<string> } }> } };

export type CreateReferentialMutationVariables = Exact<{
  input: CreateReferentialInput;
}>;


export type CreateReferentialMutation = { createReferential: { id: string } };

export type CopyReferentialMutationVariables = Exact<{
  input: CopyReferentialInput;
}>;


export type CopyReferentialMutation = { copyReferential: { id: string } };

export type CreateReferentialDraftMutationVariables = Exact<{
  referentialId: string;
}>;


export type CreateReferentialDraftMutation = { createReferentialDraft: { id: string } };

export type ImportReferentialCsvMutationVariables = Exact<{
  input: ImportReferentialCsvInput;
}>;


export type ImportReferentialCsvMutation = { importReferentialCsv: { id: string, nodeCount: number } };

export type PublishReferentialVersionMutationVariables = Exact<{
  versionId: string;
}>;


export type PublishReferentialVersionMutation = { publishReferentialVersion: { id: string, number: number } };

export type ReferentialCsvQueryVariables = Exact<{
  versionId: string;
}>;


export type ReferentialCsvQuery = { referentialCsv: string };

export type CreateToolboxResourceMutationVariables = Exact<{
  input: CreateToolboxResourceInput;
}>;


export type CreateToolboxResourceMutation = { createToolboxResource: { id: string } };

export type LinkResourceToCriterionMutationVariables = Exact<{
  input: LinkResourceInput;
}>;


export type LinkResourceToCriterionMutation = { linkResourceToCriterion: { id: string } };

export type OpenCampaignMutationVariables = Exact<{
  input: OpenCampaignInput;
}>;


export type OpenCampaignMutation = { openCampaign: { id: string } };

export type AssessmentCarryOverQueryVariables = Exact<{
  assessmentId: string;
  versionId: string;
}>;


export type AssessmentCarryOverQuery = { assessmentCarryOver: Array<{ criterionCode: string, title: string | null, status: CarryOverStatus, level: number | null, notConcerned: boolean }> };

export type SetMaturityScaleMutationVariables = Exact<{
  input: SetMaturityScaleInput;
}>;


export type SetMaturityScaleMutation = { setMaturityScale: { id: string } };

export type OrganisationFieldsFragment = { id: string, name: string, typeCode: string, siren: string | null, siret: string | null, sectorCodes: Array<string>, zoneCodes: Array<string>, sizeBand: string | null, address: string | null, postcode: string | null, city: string | null, website: string | null, description: string | null, publicProfile: boolean, createdAt: string, representedByMe: boolean, representativeCount: number };

export type OrganisationsQueryVariables = Exact<{
  filter?: OrganisationFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationsQuery = { organisations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, typeCode: string, siren: string | null, siret: string | null, sectorCodes: Array<string>, zoneCodes: Array<string>, sizeBand: string | null, address: string | null, postcode: string | null, city: string | null, website: string | null, description: string | null, publicProfile: boolean, createdAt: string, representedByMe: boolean, representativeCount: number } }> } };

export type OrganisationQueryVariables = Exact<{
  id: string;
}>;


export type OrganisationQuery = { organisation: { id: string, name: string, typeCode: string, siren: string | null, siret: string | null, sectorCodes: Array<string>, zoneCodes: Array<string>, sizeBand: string | null, address: string | null, postcode: string | null, city: string | null, website: string | null, description: string | null, publicProfile: boolean, createdAt: string, representedByMe: boolean, representativeCount: number } };

export type MyOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganisationsQuery = { myOrganisations: Array<{ id: string, name: string, typeCode: string, siren: string | null, siret: string | null, sectorCodes: Array<string>, zoneCodes: Array<string>, sizeBand: string | null, address: string | null, postcode: string | null, city: string | null, website: string | null, description: string | null, publicProfile: boolean, createdAt: string, representedByMe: boolean, representativeCount: number }> };

export type ExportOrganisationsQueryVariables = Exact<{
  format?: ExportFormat | null | undefined;
  filter?: OrganisationFilterInput | null | undefined;
}>;


export type ExportOrganisationsQuery = { exportOrganisations: { fileName: string, mediaType: string, contentBase64: string } };

export type JoinRequestFieldsFragment = { id: string, organisationId: string, userId: string, message: string | null, status: JoinRequestStatus, decidedAt: string | null, createdAt: string, organisation: { id: string, name: string } };

export type OrganisationJoinRequestsQueryVariables = Exact<{
  organisationId: string;
}>;


export type OrganisationJoinRequestsQuery = { organisationJoinRequests: Array<{ id: string, organisationId: string, userId: string, message: string | null, status: JoinRequestStatus, decidedAt: string | null, createdAt: string, organisation: { id: string, name: string } }> };

export type PendingJoinRequestsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PendingJoinRequestsQuery = { pendingJoinRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, organisationId: string, userId: string, message: string | null, status: JoinRequestStatus, decidedAt: string | null, createdAt: string, organisation: { id: string, name: string } } }> } };

export type MyJoinRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyJoinRequestsQuery = { myJoinRequests: Array<{ id: string, organisationId: string, userId: string, message: string | null, status: JoinRequestStatus, decidedAt: string | null, createdAt: string, organisation: { id: string, name: string } }> };

export type RegisterOrganisationMutationVariables = Exact<{
  input: RegisterOrganisationInput;
}>;


export type RegisterOrganisationMutation = { registerOrganisation: { id: string, name: string, typeCode: string, siren: string | null, siret: string | null, sectorCodes: Array<string>, zoneCodes: Array<string>, sizeBand: string | null, address: string | null, postcode: string | null, city: string | null, website: string | null, description: string | null, publicProfile: boolean, createdAt: string, representedByMe: boolean, representativeCount: number } };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { id: string, name: string, typeCode: string, siren: string | null, siret: string | null, sectorCodes: Array<string>, zoneCodes: Array<string>, sizeBand: string | null, address: string | null, postcode: string | null, city: string | null, website: string | null, description: string | null, publicProfile: boolean, createdAt: string, representedByMe: boolean, representativeCount: number } };

export type RequestToJoinOrganisationMutationVariables = Exact<{
  input: RequestToJoinOrganisationInput;
}>;


export type RequestToJoinOrganisationMutation = { requestToJoinOrganisation: { id: string, organisationId: string, userId: string, message: string | null, status: JoinRequestStatus, decidedAt: string | null, createdAt: string, organisation: { id: string, name: string } } };

export type ApproveJoinRequestMutationVariables = Exact<{
  id: string;
}>;


export type ApproveJoinRequestMutation = { approveJoinRequest: { id: string, organisationId: string, userId: string, message: string | null, status: JoinRequestStatus, decidedAt: string | null, createdAt: string, organisation: { id: string, name: string } } };

export type RefuseJoinRequestMutationVariables = Exact<{
  id: string;
}>;


export type RefuseJoinRequestMutation = { refuseJoinRequest: { id: string, organisationId: string, userId: string, message: string | null, status: JoinRequestStatus, decidedAt: string | null, createdAt: string, organisation: { id: string, name: string } } };

export type RemoveOrganisationRepresentativeMutationVariables = Exact<{
  organisationId: string;
  userId: string;
}>;


export type RemoveOrganisationRepresentativeMutation = { removeOrganisationRepresentative: { id: string } };

export type OrganisationImportFieldsFragment = { id: string, fileName: string, status: OrganisationImportStatus, totalRows: number, processedRows: number, createdRows: number, skippedRows: number, createdAt: string, finishedAt: string | null, errors: Array<{ line: number, field: string | null, message: string }> };

export type OrganisationImportQueryVariables = Exact<{
  id: string;
}>;


export type OrganisationImportQuery = { organisationImport: { id: string, fileName: string, status: OrganisationImportStatus, totalRows: number, processedRows: number, createdRows: number, skippedRows: number, createdAt: string, finishedAt: string | null, errors: Array<{ line: number, field: string | null, message: string }> } };

export type StartOrganisationImportMutationVariables = Exact<{
  input: StartOrganisationImportInput;
}>;


export type StartOrganisationImportMutation = { startOrganisationImport: { id: string, fileName: string, status: OrganisationImportStatus, totalRows: number, processedRows: number, createdRows: number, skippedRows: number, createdAt: string, finishedAt: string | null, errors: Array<{ line: number, field: string | null, message: string }> } };

export type CoalitionSummaryFieldsFragment = { id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, reviewStatus: CoalitionReviewStatus, reviewComment: string | null, stage: CoalitionStage, createdAt: string, viewerCanFacilitate: boolean };

export type CoalitionsQueryVariables = Exact<{
  filter?: CoalitionFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CoalitionsQuery = { coalitions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, reviewStatus: CoalitionReviewStatus, reviewComment: string | null, stage: CoalitionStage, createdAt: string, viewerCanFacilitate: boolean, members: Array<{ organisationId: string, status: CoalitionMemberStatus }> } }> } };

export type ActionFieldsFragment = { id: string, commitmentId: string | null, coalitionId: string | null, organisationId: string | null, title: string, description: string | null, categoryCode: string | null, status: ActionStatus, startsOn: string | null, dueOn: string | null, budgetEuros: number | null, people: number | null, barriers: Array<string>, levers: Array<string>, partnerOrganisationIds: Array<string>, partnerOrganisationNames: Array<string>, planStakeCodes: Array<string>, createdAt: string, impacts: Array<{ id: string, quantity: number, unit: string, year: number, method: string | null, indicatorCode: string | null }>, progress: Array<{ id: string, reportedOn: string, note: string, percent: number | null, createdAt: string }> };

export type CommitmentSummaryFieldsFragment = { id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string } };

export type CoalitionFieldsFragment = { facilitation: Facilitation | null, meetingFrequency: string | null, tools: string | null, liaison: string | null, proposedBy: string, id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, reviewStatus: CoalitionReviewStatus, reviewComment: string | null, stage: CoalitionStage, createdAt: string, viewerCanFacilitate: boolean, members: Array<{ organisationId: string, status: CoalitionMemberStatus, createdAt: string, organisation: { id: string, name: string, representedByMe: boolean } }>, facilitators: Array<{ userId: string, createdAt: string }>, stages: Array<{ stage: CoalitionStage, reachedOn: string }>, commitments: Array<{ id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string } }>, actions: Array<{ id: string, title: string, status: ActionStatus, categoryCode: string | null, commitmentId: string | null }> };

export type CoalitionQueryVariables = Exact<{
  id: string;
}>;


export type CoalitionQuery = { coalition: { facilitation: Facilitation | null, meetingFrequency: string | null, tools: string | null, liaison: string | null, proposedBy: string, id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, reviewStatus: CoalitionReviewStatus, reviewComment: string | null, stage: CoalitionStage, createdAt: string, viewerCanFacilitate: boolean, members: Array<{ organisationId: string, status: CoalitionMemberStatus, createdAt: string, organisation: { id: string, name: string, representedByMe: boolean } }>, facilitators: Array<{ userId: string, createdAt: string }>, stages: Array<{ stage: CoalitionStage, reachedOn: string }>, commitments: Array<{ id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string } }>, actions: Array<{ id: string, title: string, status: ActionStatus, categoryCode: string | null, commitmentId: string | null }> } };

export type ProposeCoalitionMutationVariables = Exact<{
  input: ProposeCoalitionInput;
}>;


export type ProposeCoalitionMutation = { proposeCoalition: { facilitation: Facilitation | null, meetingFrequency: string | null, tools: string | null, liaison: string | null, proposedBy: string, id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, reviewStatus: CoalitionReviewStatus, reviewComment: string | null, stage: CoalitionStage, createdAt: string, viewerCanFacilitate: boolean, members: Array<{ organisationId: string, status: CoalitionMemberStatus, createdAt: string, organisation: { id: string, name: string, representedByMe: boolean } }>, facilitators: Array<{ userId: string, createdAt: string }>, stages: Array<{ stage: CoalitionStage, reachedOn: string }>, commitments: Array<{ id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string } }>, actions: Array<{ id: string, title: string, status: ActionStatus, categoryCode: string | null, commitmentId: string | null }> } };

export type UpdateCoalitionMutationVariables = Exact<{
  input: UpdateCoalitionInput;
}>;


export type UpdateCoalitionMutation = { updateCoalition: { facilitation: Facilitation | null, meetingFrequency: string | null, tools: string | null, liaison: string | null, proposedBy: string, id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, reviewStatus: CoalitionReviewStatus, reviewComment: string | null, stage: CoalitionStage, createdAt: string, viewerCanFacilitate: boolean, members: Array<{ organisationId: string, status: CoalitionMemberStatus, createdAt: string, organisation: { id: string, name: string, representedByMe: boolean } }>, facilitators: Array<{ userId: string, createdAt: string }>, stages: Array<{ stage: CoalitionStage, reachedOn: string }>, commitments: Array<{ id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string } }>, actions: Array<{ id: string, title: string, status: ActionStatus, categoryCode: string | null, commitmentId: string | null }> } };

export type ValidateCoalitionMutationVariables = Exact<{
  id: string;
}>;


export type ValidateCoalitionMutation = { validateCoalition: { facilitation: Facilitation | null, meetingFrequency: string | null, tools: string | null, liaison: string | null, proposedBy: string, id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, reviewStatus: CoalitionReviewStatus, reviewComment: string | null, stage: CoalitionStage, createdAt: string, viewerCanFacilitate: boolean, members: Array<{ organisationId: string, status: CoalitionMemberStatus, createdAt: string, organisation: { id: string, name: string, representedByMe: boolean } }>, facilitators: Array<{ userId: string, createdAt: string }>, stages: Array<{ stage: CoalitionStage, reachedOn: string }>, commitments: Array<{ id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string } }>, actions: Array<{ id: string, title: string, status: ActionStatus, categoryCode: string | null, commitmentId: string | null }> } };

export type ReturnCoalitionMutationVariables = Exact<{
  id: string;
  comment: string;
}>;


export type ReturnCoalitionMutation = { returnCoalition: { facilitation: Facilitation | null, meetingFrequency: string | null, tools: string | null, liaison: string | null, proposedBy: string, id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, reviewStatus: CoalitionReviewStatus, reviewComment: string | null, stage: CoalitionStage, createdAt: string, viewerCanFacilitate: boolean, members: Array<{ organisationId: string, status: CoalitionMemberStatus, createdAt: string, organisation: { id: string, name: string, representedByMe: boolean } }>, facilitators: Array<{ userId: string, createdAt: string }>, stages: Array<{ stage: CoalitionStage, reachedOn: string }>, commitments: Array<{ id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string } }>, actions: Array<{ id: string, title: string, status: ActionStatus, categoryCode: string | null, commitmentId: string | null }> } };

export type RequestToJoinCoalitionMutationVariables = Exact<{
  coalitionId: string;
  organisationId: string;
}>;


export type RequestToJoinCoalitionMutation = { requestToJoinCoalition: { facilitation: Facilitation | null, meetingFrequency: string | null, tools: string | null, liaison: string | null, proposedBy: string, id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, reviewStatus: CoalitionReviewStatus, reviewComment: string | null, stage: CoalitionStage, createdAt: string, viewerCanFacilitate: boolean, members: Array<{ organisationId: string, status: CoalitionMemberStatus, createdAt: string, organisation: { id: string, name: string, representedByMe: boolean } }>, facilitators: Array<{ userId: string, createdAt: string }>, stages: Array<{ stage: CoalitionStage, reachedOn: string }>, commitments: Array<{ id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string } }>, actions: Array<{ id: string, title: string, status: ActionStatus, categoryCode: string | null, commitmentId: string | null }> } };

export type InviteOrganisationToCoalitionMutationVariables = Exact<{
  coalitionId: string;
  organisationId: string;
}>;


export type InviteOrganisationToCoalitionMutation = { inviteOrganisationToCoalition: { facilitation: Facilitation | null, meetingFrequency: string | null, tools: string | null, liaison: string | null, proposedBy: string, id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, reviewStatus: CoalitionReviewStatus, reviewComment: string | null, stage: CoalitionStage, createdAt: string, viewerCanFacilitate: boolean, members: Array<{ organisationId: string, status: CoalitionMemberStatus, createdAt: string, organisation: { id: string, name: string, representedByMe: boolean } }>, facilitators: Array<{ userId: string, createdAt: string }>, stages: Array<{ stage: CoalitionStage, reachedOn: string }>, commitments: Array<{ id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string } }>, actions: Array<{ id: string, title: string, status: ActionStatus, categoryCode: string | null, commitmentId: string | null }> } };

export type ApproveCoalitionRequestMutationVariables = Exact<{
  coalitionId: string;
  organisationId: string;
}>;


export type ApproveCoalitionRequestMutation = { approveCoalitionRequest: { facilitation: Facilitation | null, meetingFrequency: string | null, tools: string | null, liaison: string | null, proposedBy: string, id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, reviewStatus: CoalitionReviewStatus, reviewComment: string | null, stage: CoalitionStage, createdAt: string, viewerCanFacilitate: boolean, members: Array<{ organisationId: string, status: CoalitionMemberStatus, createdAt: string, organisation: { id: string, name: string, representedByMe: boolean } }>, facilitators: Array<{ userId: string, createdAt: string }>, stages: Array<{ stage: CoalitionStage, reachedOn: string }>, commitments: Array<{ id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string } }>, actions: Array<{ id: string, title: string, status: ActionStatus, categoryCode: string | null, commitmentId: string | null }> } };

export type AcceptCoalitionInvitationMutationVariables = Exact<{
  coalitionId: string;
  organisationId: string;
}>;


export type AcceptCoalitionInvitationMutation = { acceptCoalitionInvitation: { facilitation: Facilitation | null, meetingFrequency: string | null, tools: string | null, liaison: string | null, proposedBy: string, id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, reviewStatus: CoalitionReviewStatus, reviewComment: string | null, stage: CoalitionStage, createdAt: string, viewerCanFacilitate: boolean, members: Array<{ organisationId: string, status: CoalitionMemberStatus, createdAt: string, organisation: { id: string, name: string, representedByMe: boolean } }>, facilitators: Array<{ userId: string, createdAt: string }>, stages: Array<{ stage: CoalitionStage, reachedOn: string }>, commitments: Array<{ id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string } }>, actions: Array<{ id: string, title: string, status: ActionStatus, categoryCode: string | null, commitmentId: string | null }> } };

export type LeaveCoalitionMutationVariables = Exact<{
  coalitionId: string;
  organisationId: string;
}>;


export type LeaveCoalitionMutation = { leaveCoalition: { facilitation: Facilitation | null, meetingFrequency: string | null, tools: string | null, liaison: string | null, proposedBy: string, id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, reviewStatus: CoalitionReviewStatus, reviewComment: string | null, stage: CoalitionStage, createdAt: string, viewerCanFacilitate: boolean, members: Array<{ organisationId: string, status: CoalitionMemberStatus, createdAt: string, organisation: { id: string, name: string, representedByMe: boolean } }>, facilitators: Array<{ userId: string, createdAt: string }>, stages: Array<{ stage: CoalitionStage, reachedOn: string }>, commitments: Array<{ id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string } }>, actions: Array<{ id: string, title: string, status: ActionStatus, categoryCode: string | null, commitmentId: string | null }> } };

export type NameCoalitionFacilitatorMutationVariables = Exact<{
  coalitionId: string;
  userId: string;
}>;


export type NameCoalitionFacilitatorMutation = { nameCoalitionFacilitator: { facilitation: Facilitation | null, meetingFrequency: string | null, tools: string | null, liaison: string | null, proposedBy: string, id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, reviewStatus: CoalitionReviewStatus, reviewComment: string | null, stage: CoalitionStage, createdAt: string, viewerCanFacilitate: boolean, members: Array<{ organisationId: string, status: CoalitionMemberStatus, createdAt: string, organisation: { id: string, name: string, representedByMe: boolean } }>, facilitators: Array<{ userId: string, createdAt: string }>, stages: Array<{ stage: CoalitionStage, reachedOn: string }>, commitments: Array<{ id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string } }>, actions: Array<{ id: string, title: string, status: ActionStatus, categoryCode: string | null, commitmentId: string | null }> } };

export type RemoveCoalitionFacilitatorMutationVariables = Exact<{
  coalitionId: string;
  userId: string;
}>;


export type RemoveCoalitionFacilitatorMutation = { removeCoalitionFacilitator: { facilitation: Facilitation | null, meetingFrequency: string | null, tools: string | null, liaison: string | null, proposedBy: string, id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, reviewStatus: CoalitionReviewStatus, reviewComment: string | null, stage: CoalitionStage, createdAt: string, viewerCanFacilitate: boolean, members: Array<{ organisationId: string, status: CoalitionMemberStatus, createdAt: string, organisation: { id: string, name: string, representedByMe: boolean } }>, facilitators: Array<{ userId: string, createdAt: string }>, stages: Array<{ stage: CoalitionStage, reachedOn: string }>, commitments: Array<{ id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string } }>, actions: Array<{ id: string, title: string, status: ActionStatus, categoryCode: string | null, commitmentId: string | null }> } };

export type SetCoalitionFunctioningMutationVariables = Exact<{
  input: SetCoalitionFunctioningInput;
}>;


export type SetCoalitionFunctioningMutation = { setCoalitionFunctioning: { facilitation: Facilitation | null, meetingFrequency: string | null, tools: string | null, liaison: string | null, proposedBy: string, id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, reviewStatus: CoalitionReviewStatus, reviewComment: string | null, stage: CoalitionStage, createdAt: string, viewerCanFacilitate: boolean, members: Array<{ organisationId: string, status: CoalitionMemberStatus, createdAt: string, organisation: { id: string, name: string, representedByMe: boolean } }>, facilitators: Array<{ userId: string, createdAt: string }>, stages: Array<{ stage: CoalitionStage, reachedOn: string }>, commitments: Array<{ id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string } }>, actions: Array<{ id: string, title: string, status: ActionStatus, categoryCode: string | null, commitmentId: string | null }> } };

export type MoveCoalitionStageMutationVariables = Exact<{
  id: string;
  stage: CoalitionStage;
}>;


export type MoveCoalitionStageMutation = { moveCoalitionStage: { facilitation: Facilitation | null, meetingFrequency: string | null, tools: string | null, liaison: string | null, proposedBy: string, id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, reviewStatus: CoalitionReviewStatus, reviewComment: string | null, stage: CoalitionStage, createdAt: string, viewerCanFacilitate: boolean, members: Array<{ organisationId: string, status: CoalitionMemberStatus, createdAt: string, organisation: { id: string, name: string, representedByMe: boolean } }>, facilitators: Array<{ userId: string, createdAt: string }>, stages: Array<{ stage: CoalitionStage, reachedOn: string }>, commitments: Array<{ id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string } }>, actions: Array<{ id: string, title: string, status: ActionStatus, categoryCode: string | null, commitmentId: string | null }> } };

export type CommitmentRevisionFieldsFragment = { revision: number, title: string, objective: string | null, memberOrganisationIds: Array<string>, memberOrganisationNames: Array<string>, functioning: string | null, firstActions: string | null, planStakeCodes: Array<string>, createdAt: string };

export type CommitmentFieldsFragment = { id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string, objective: string | null, memberOrganisationIds: Array<string>, memberOrganisationNames: Array<string>, functioning: string | null, firstActions: string | null, planStakeCodes: Array<string>, createdAt: string }, revisions: Array<{ revision: number, title: string, objective: string | null, memberOrganisationIds: Array<string>, memberOrganisationNames: Array<string>, functioning: string | null, firstActions: string | null, planStakeCodes: Array<string>, createdAt: string }>, actions: Array<{ id: string, commitmentId: string | null, coalitionId: string | null, organisationId: string | null, title: string, description: string | null, categoryCode: string | null, status: ActionStatus, startsOn: string | null, dueOn: string | null, budgetEuros: number | null, people: number | null, barriers: Array<string>, levers: Array<string>, partnerOrganisationIds: Array<string>, partnerOrganisationNames: Array<string>, planStakeCodes: Array<string>, createdAt: string, impacts: Array<{ id: string, quantity: number, unit: string, year: number, method: string | null, indicatorCode: string | null }>, progress: Array<{ id: string, reportedOn: string, note: string, percent: number | null, createdAt: string }> }> };

export type CommitmentQueryVariables = Exact<{
  id: string;
}>;


export type CommitmentQuery = { commitment: { id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string, objective: string | null, memberOrganisationIds: Array<string>, memberOrganisationNames: Array<string>, functioning: string | null, firstActions: string | null, planStakeCodes: Array<string>, createdAt: string }, revisions: Array<{ revision: number, title: string, objective: string | null, memberOrganisationIds: Array<string>, memberOrganisationNames: Array<string>, functioning: string | null, firstActions: string | null, planStakeCodes: Array<string>, createdAt: string }>, actions: Array<{ id: string, commitmentId: string | null, coalitionId: string | null, organisationId: string | null, title: string, description: string | null, categoryCode: string | null, status: ActionStatus, startsOn: string | null, dueOn: string | null, budgetEuros: number | null, people: number | null, barriers: Array<string>, levers: Array<string>, partnerOrganisationIds: Array<string>, partnerOrganisationNames: Array<string>, planStakeCodes: Array<string>, createdAt: string, impacts: Array<{ id: string, quantity: number, unit: string, year: number, method: string | null, indicatorCode: string | null }>, progress: Array<{ id: string, reportedOn: string, note: string, percent: number | null, createdAt: string }> }> } };

export type CommitmentsQueryVariables = Exact<{
  coalitionId?: string | null | undefined;
  organisationId?: string | null | undefined;
  status?: CommitmentStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CommitmentsQuery = { commitments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string } } }> } };

export type CreateCommitmentMutationVariables = Exact<{
  input: CreateCommitmentInput;
}>;


export type CreateCommitmentMutation = { createCommitment: { id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string, objective: string | null, memberOrganisationIds: Array<string>, memberOrganisationNames: Array<string>, functioning: string | null, firstActions: string | null, planStakeCodes: Array<string>, createdAt: string }, revisions: Array<{ revision: number, title: string, objective: string | null, memberOrganisationIds: Array<string>, memberOrganisationNames: Array<string>, functioning: string | null, firstActions: string | null, planStakeCodes: Array<string>, createdAt: string }>, actions: Array<{ id: string, commitmentId: string | null, coalitionId: string | null, organisationId: string | null, title: string, description: string | null, categoryCode: string | null, status: ActionStatus, startsOn: string | null, dueOn: string | null, budgetEuros: number | null, people: number | null, barriers: Array<string>, levers: Array<string>, partnerOrganisationIds: Array<string>, partnerOrganisationNames: Array<string>, planStakeCodes: Array<string>, createdAt: string, impacts: Array<{ id: string, quantity: number, unit: string, year: number, method: string | null, indicatorCode: string | null }>, progress: Array<{ id: string, reportedOn: string, note: string, percent: number | null, createdAt: string }> }> } };

export type UpdateCommitmentMutationVariables = Exact<{
  input: UpdateCommitmentInput;
}>;


export type UpdateCommitmentMutation = { updateCommitment: { id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string, objective: string | null, memberOrganisationIds: Array<string>, memberOrganisationNames: Array<string>, functioning: string | null, firstActions: string | null, planStakeCodes: Array<string>, createdAt: string }, revisions: Array<{ revision: number, title: string, objective: string | null, memberOrganisationIds: Array<string>, memberOrganisationNames: Array<string>, functioning: string | null, firstActions: string | null, planStakeCodes: Array<string>, createdAt: string }>, actions: Array<{ id: string, commitmentId: string | null, coalitionId: string | null, organisationId: string | null, title: string, description: string | null, categoryCode: string | null, status: ActionStatus, startsOn: string | null, dueOn: string | null, budgetEuros: number | null, people: number | null, barriers: Array<string>, levers: Array<string>, partnerOrganisationIds: Array<string>, partnerOrganisationNames: Array<string>, planStakeCodes: Array<string>, createdAt: string, impacts: Array<{ id: string, quantity: number, unit: string, year: number, method: string | null, indicatorCode: string | null }>, progress: Array<{ id: string, reportedOn: string, note: string, percent: number | null, createdAt: string }> }> } };

export type SubmitCommitmentMutationVariables = Exact<{
  id: string;
}>;


export type SubmitCommitmentMutation = { submitCommitment: { id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string, objective: string | null, memberOrganisationIds: Array<string>, memberOrganisationNames: Array<string>, functioning: string | null, firstActions: string | null, planStakeCodes: Array<string>, createdAt: string }, revisions: Array<{ revision: number, title: string, objective: string | null, memberOrganisationIds: Array<string>, memberOrganisationNames: Array<string>, functioning: string | null, firstActions: string | null, planStakeCodes: Array<string>, createdAt: string }>, actions: Array<{ id: string, commitmentId: string | null, coalitionId: string | null, organisationId: string | null, title: string, description: string | null, categoryCode: string | null, status: ActionStatus, startsOn: string | null, dueOn: string | null, budgetEuros: number | null, people: number | null, barriers: Array<string>, levers: Array<string>, partnerOrganisationIds: Array<string>, partnerOrganisationNames: Array<string>, planStakeCodes: Array<string>, createdAt: string, impacts: Array<{ id: string, quantity: number, unit: string, year: number, method: string | null, indicatorCode: string | null }>, progress: Array<{ id: string, reportedOn: string, note: string, percent: number | null, createdAt: string }> }> } };

export type ValidateCommitmentMutationVariables = Exact<{
  id: string;
}>;


export type ValidateCommitmentMutation = { validateCommitment: { id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string, objective: string | null, memberOrganisationIds: Array<string>, memberOrganisationNames: Array<string>, functioning: string | null, firstActions: string | null, planStakeCodes: Array<string>, createdAt: string }, revisions: Array<{ revision: number, title: string, objective: string | null, memberOrganisationIds: Array<string>, memberOrganisationNames: Array<string>, functioning: string | null, firstActions: string | null, planStakeCodes: Array<string>, createdAt: string }>, actions: Array<{ id: string, commitmentId: string | null, coalitionId: string | null, organisationId: string | null, title: string, description: string | null, categoryCode: string | null, status: ActionStatus, startsOn: string | null, dueOn: string | null, budgetEuros: number | null, people: number | null, barriers: Array<string>, levers: Array<string>, partnerOrganisationIds: Array<string>, partnerOrganisationNames: Array<string>, planStakeCodes: Array<string>, createdAt: string, impacts: Array<{ id: string, quantity: number, unit: string, year: number, method: string | null, indicatorCode: string | null }>, progress: Array<{ id: string, reportedOn: string, note: string, percent: number | null, createdAt: string }> }> } };

export type ReturnCommitmentMutationVariables = Exact<{
  id: string;
  comment: string;
}>;


export type ReturnCommitmentMutation = { returnCommitment: { id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string, objective: string | null, memberOrganisationIds: Array<string>, memberOrganisationNames: Array<string>, functioning: string | null, firstActions: string | null, planStakeCodes: Array<string>, createdAt: string }, revisions: Array<{ revision: number, title: string, objective: string | null, memberOrganisationIds: Array<string>, memberOrganisationNames: Array<string>, functioning: string | null, firstActions: string | null, planStakeCodes: Array<string>, createdAt: string }>, actions: Array<{ id: string, commitmentId: string | null, coalitionId: string | null, organisationId: string | null, title: string, description: string | null, categoryCode: string | null, status: ActionStatus, startsOn: string | null, dueOn: string | null, budgetEuros: number | null, people: number | null, barriers: Array<string>, levers: Array<string>, partnerOrganisationIds: Array<string>, partnerOrganisationNames: Array<string>, planStakeCodes: Array<string>, createdAt: string, impacts: Array<{ id: string, quantity: number, unit: string, year: number, method: string | null, indicatorCode: string | null }>, progress: Array<{ id: string, reportedOn: string, note: string, percent: number | null, createdAt: string }> }> } };

export type PublishCommitmentMutationVariables = Exact<{
  id: string;
}>;


export type PublishCommitmentMutation = { publishCommitment: { id: string, coalitionId: string | null, organisationId: string | null, status: CommitmentStatus, reviewComment: string | null, currentRevision: number, publishedRevision: number | null, publishedAt: string | null, createdAt: string, authorName: string | null, current: { revision: number, title: string, objective: string | null, memberOrganisationIds: Array<string>, memberOrganisationNames: Array<string>, functioning: string | null, firstActions: string | null, planStakeCodes: Array<string>, createdAt: string }, revisions: Array<{ revision: number, title: string, objective: string | null, memberOrganisationIds: Array<string>, memberOrganisationNames: Array<string>, functioning: string | null, firstActions: string | null, planStakeCodes: Array<string>, createdAt: string }>, actions: Array<{ id: string, commitmentId: string | null, coalitionId: string | null, organisationId: string | null, title: string, description: string | null, categoryCode: string | null, status: ActionStatus, startsOn: string | null, dueOn: string | null, budgetEuros: number | null, people: number | null, barriers: Array<string>, levers: Array<string>, partnerOrganisationIds: Array<string>, partnerOrganisationNames: Array<string>, planStakeCodes: Array<string>, createdAt: string, impacts: Array<{ id: string, quantity: number, unit: string, year: number, method: string | null, indicatorCode: string | null }>, progress: Array<{ id: string, reportedOn: string, note: string, percent: number | null, createdAt: string }> }> } };

export type ActionQueryVariables = Exact<{
  id: string;
}>;


export type ActionQuery = { action: { id: string, commitmentId: string | null, coalitionId: string | null, organisationId: string | null, title: string, description: string | null, categoryCode: string | null, status: ActionStatus, startsOn: string | null, dueOn: string | null, budgetEuros: number | null, people: number | null, barriers: Array<string>, levers: Array<string>, partnerOrganisationIds: Array<string>, partnerOrganisationNames: Array<string>, planStakeCodes: Array<string>, createdAt: string, impacts: Array<{ id: string, quantity: number, unit: string, year: number, method: string | null, indicatorCode: string | null }>, progress: Array<{ id: string, reportedOn: string, note: string, percent: number | null, createdAt: string }> } };

export type AddActionMutationVariables = Exact<{
  input: AddActionInput;
}>;


export type AddActionMutation = { addAction: { id: string, commitmentId: string | null, coalitionId: string | null, organisationId: string | null, title: string, description: string | null, categoryCode: string | null, status: ActionStatus, startsOn: string | null, dueOn: string | null, budgetEuros: number | null, people: number | null, barriers: Array<string>, levers: Array<string>, partnerOrganisationIds: Array<string>, partnerOrganisationNames: Array<string>, planStakeCodes: Array<string>, createdAt: string, impacts: Array<{ id: string, quantity: number, unit: string, year: number, method: string | null, indicatorCode: string | null }>, progress: Array<{ id: string, reportedOn: string, note: string, percent: number | null, createdAt: string }> } };

export type UpdateActionMutationVariables = Exact<{
  input: UpdateActionInput;
}>;


export type UpdateActionMutation = { updateAction: { id: string, commitmentId: string | null, coalitionId: string | null, organisationId: string | null, title: string, description: string | null, categoryCode: string | null, status: ActionStatus, startsOn: string | null, dueOn: string | null, budgetEuros: number | null, people: number | null, barriers: Array<string>, levers: Array<string>, partnerOrganisationIds: Array<string>, partnerOrganisationNames: Array<string>, planStakeCodes: Array<string>, createdAt: string, impacts: Array<{ id: string, quantity: number, unit: string, year: number, method: string | null, indicatorCode: string | null }>, progress: Array<{ id: string, reportedOn: string, note: string, percent: number | null, createdAt: string }> } };

export type RemoveActionMutationVariables = Exact<{
  id: string;
}>;


export type RemoveActionMutation = { removeAction: boolean };

export type AddActionProgressMutationVariables = Exact<{
  input: AddActionProgressInput;
}>;


export type AddActionProgressMutation = { addActionProgress: { id: string, reportedOn: string, note: string, percent: number | null, createdAt: string } };

export type CommitmentsOverviewQueryVariables = Exact<{
  by: OverviewDimension;
}>;


export type CommitmentsOverviewQuery = { commitmentsOverview: Array<{ code: string, coalitionCount: number, commitmentCount: number, actionCount: number, coalitions: Array<{ id: string, title: string }>, commitments: Array<{ id: string, title: string }>, actions: Array<{ id: string, title: string }>, impacts: Array<{ unit: string, quantity: number }> }> };

export type ExportCommitmentsOverviewQueryVariables = Exact<{
  by: OverviewDimension;
  format?: ExportFormat | null | undefined;
}>;


export type ExportCommitmentsOverviewQuery = { exportCommitmentsOverview: { fileName: string, mediaType: string, contentBase64: string } };

export type PublicActionFieldsFragment = { id: string, title: string, description: string | null, categoryCode: string | null, status: ActionStatus, startsOn: string | null, dueOn: string | null, planStakeCodes: Array<string>, impacts: Array<{ id: string, quantity: number, unit: string, year: number }> };

export type PublicSiteQueryVariables = Exact<{
  slug: string;
}>;


export type PublicSiteQuery = { tenantBySlug: { id: string, publicCoalitions: { totalCount: number, edges: Array<{ node: { id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, stage: CoalitionStage, members: Array<{ id: string, name: string }> } }> }, publicCommitments: { totalCount: number, edges: Array<{ node: { id: string, authorName: string | null, publishedAt: string | null, published: { title: string, objective: string | null } | null } }> }, publicOrganisations: { totalCount: number, edges: Array<{ node: { id: string, name: string, typeCode: string, city: string | null, website: string | null, description: string | null } }> } } };

export type PublicCoalitionQueryVariables = Exact<{
  slug: string;
  id: string;
}>;


export type PublicCoalitionQuery = { tenantBySlug: { id: string, publicCoalition: { id: string, name: string, objective: string, perimeterKind: PerimeterKind, perimeterCode: string, stage: CoalitionStage, createdAt: string, stages: Array<{ stage: CoalitionStage, reachedOn: string }>, members: Array<{ id: string, name: string }> } | null, publicCommitments: { edges: Array<{ node: { id: string, coalitionId: string | null, publishedAt: string | null, published: { title: string } | null } }> } } };

export type PublicCommitmentQueryVariables = Exact<{
  slug: string;
  id: string;
}>;


export type PublicCommitmentQuery = { tenantBySlug: { id: string, publicCommitment: { id: string, coalitionId: string | null, organisationId: string | null, authorName: string | null, publishedAt: string | null, publishedRevision: number | null, published: { revision: number, title: string, objective: string | null, memberOrganisationIds: Array<string>, memberOrganisationNames: Array<string>, functioning: string | null, firstActions: string | null, planStakeCodes: Array<string>, createdAt: string } | null, actions: Array<{ id: string, title: string, description: string | null, categoryCode: string | null, status: ActionStatus, startsOn: string | null, dueOn: string | null, planStakeCodes: Array<string>, impacts: Array<{ id: string, quantity: number, unit: string, year: number }> }> } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const TenantFieldsFragmentDoc = new TypedDocumentString(`
    fragment TenantFields on Tenant {
  id
  slug
  name
  kind
  programmeName
  description
  status
}
    `, {"fragmentName":"TenantFields"}) as unknown as TypedDocumentString<TenantFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on Viewer {
  user {
    id
    email
    displayName
    platformRoles
  }
  currentTenant {
    id
    slug
    name
    kind
    programmeName
    description
    status
  }
  currentRoles
  memberships {
    tenant {
      id
      slug
      name
      kind
      programmeName
      description
      status
    }
    roles
  }
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = new TypedDocumentString(`
    fragment MemberFields on Member {
  id
  roles
  joinedAt
  user {
    id
    email
    displayName
  }
}
    `, {"fragmentName":"MemberFields"}) as unknown as TypedDocumentString<MemberFieldsFragment, unknown>;
export const InvitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment InvitationFields on Invitation {
  id
  email
  role
  status
  expiresAt
  createdAt
}
    `, {"fragmentName":"InvitationFields"}) as unknown as TypedDocumentString<InvitationFieldsFragment, unknown>;
export const CatalogueItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment CatalogueItemFields on CatalogueItem {
  id
  kind
  code
  label
  position
  zoneKind
  archived
}
    `, {"fragmentName":"CatalogueItemFields"}) as unknown as TypedDocumentString<CatalogueItemFieldsFragment, unknown>;
export const PlanItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlanItemFields on PlanItem {
  id
  parentId
  level
  code
  label
  position
  archived
}
    `, {"fragmentName":"PlanItemFields"}) as unknown as TypedDocumentString<PlanItemFieldsFragment, unknown>;
export const ObjectiveFieldsFragmentDoc = new TypedDocumentString(`
    fragment ObjectiveFields on TerritorialObjective {
  id
  code
  label
  horizonYear
  target
  position
  archived
  theme {
    id
    label
  }
}
    `, {"fragmentName":"ObjectiveFields"}) as unknown as TypedDocumentString<ObjectiveFieldsFragment, unknown>;
export const TemplateVersionFieldsFragmentDoc = new TypedDocumentString(`
    fragment TemplateVersionFields on ConfigurationTemplateVersion {
  version
  note
  createdAt
}
    `, {"fragmentName":"TemplateVersionFields"}) as unknown as TypedDocumentString<TemplateVersionFieldsFragment, unknown>;
export const OnboardingFieldsFragmentDoc = new TypedDocumentString(`
    fragment OnboardingFields on Onboarding {
  id
  name
  slug
  adminEmail
  status
  stepsDone
  totalSteps
  currentStep
  error
  createdAt
  finishedAt
}
    `, {"fragmentName":"OnboardingFields"}) as unknown as TypedDocumentString<OnboardingFieldsFragment, unknown>;
export const IndicatorSummaryFragmentDoc = new TypedDocumentString(`
    fragment IndicatorSummary on Indicator {
  code
  title
  unit
  themes
  custom
  formula
  status
}
    `, {"fragmentName":"IndicatorSummary"}) as unknown as TypedDocumentString<IndicatorSummaryFragment, unknown>;
export const IndicatorObjectiveFieldsFragmentDoc = new TypedDocumentString(`
    fragment IndicatorObjectiveFields on Objective {
  id
  kind
  label
  baseYear
  targetYear
  targetValue
  changePercent
  ratePercent
  direction
  source
  validatedBy
  status
  statusReason
  trajectory {
    year
    value
  }
  whatIsMissing {
    target
    latestYear
    latestValue
    gapToTrajectory
    remaining
    declared
    coverage
    otherUnits
    impacts {
      actionRef
      actionTitle
      quantity
      unit
      year
    }
  }
}
    `, {"fragmentName":"IndicatorObjectiveFields"}) as unknown as TypedDocumentString<IndicatorObjectiveFieldsFragment, unknown>;
export const IndicatorValueFieldsFragmentDoc = new TypedDocumentString(`
    fragment IndicatorValueFields on IndicatorValue {
  id
  year
  kind
  sector
  value
  computed
  missingReason
  source
}
    `, {"fragmentName":"IndicatorValueFields"}) as unknown as TypedDocumentString<IndicatorValueFieldsFragment, unknown>;
export const IndicatorImportFieldsFragmentDoc = new TypedDocumentString(`
    fragment IndicatorImportFields on IndicatorImport {
  id
  fileName
  status
  totalRows
  processedRows
  writtenRows
  errors {
    line
    field
    message
  }
  finishedAt
}
    `, {"fragmentName":"IndicatorImportFields"}) as unknown as TypedDocumentString<IndicatorImportFieldsFragment, unknown>;
export const OrganisationFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrganisationFields on Organisation {
  id
  name
  typeCode
  siren
  siret
  sectorCodes
  zoneCodes
  sizeBand
  address
  postcode
  city
  website
  description
  publicProfile
  createdAt
  representedByMe
  representativeCount
}
    `, {"fragmentName":"OrganisationFields"}) as unknown as TypedDocumentString<OrganisationFieldsFragment, unknown>;
export const JoinRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment JoinRequestFields on OrganisationJoinRequest {
  id
  organisationId
  userId
  message
  status
  decidedAt
  createdAt
  organisation {
    id
    name
  }
}
    `, {"fragmentName":"JoinRequestFields"}) as unknown as TypedDocumentString<JoinRequestFieldsFragment, unknown>;
export const OrganisationImportFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrganisationImportFields on OrganisationImport {
  id
  fileName
  status
  totalRows
  processedRows
  createdRows
  skippedRows
  errors {
    line
    field
    message
  }
  createdAt
  finishedAt
}
    `, {"fragmentName":"OrganisationImportFields"}) as unknown as TypedDocumentString<OrganisationImportFieldsFragment, unknown>;
export const CoalitionSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment CoalitionSummaryFields on Coalition {
  id
  name
  objective
  perimeterKind
  perimeterCode
  reviewStatus
  reviewComment
  stage
  createdAt
  viewerCanFacilitate
}
    `, {"fragmentName":"CoalitionSummaryFields"}) as unknown as TypedDocumentString<CoalitionSummaryFieldsFragment, unknown>;
export const CommitmentSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
    `, {"fragmentName":"CommitmentSummaryFields"}) as unknown as TypedDocumentString<CommitmentSummaryFieldsFragment, unknown>;
export const CoalitionFieldsFragmentDoc = new TypedDocumentString(`
    fragment CoalitionFields on Coalition {
  ...CoalitionSummaryFields
  facilitation
  meetingFrequency
  tools
  liaison
  proposedBy
  members {
    organisationId
    status
    createdAt
    organisation {
      id
      name
      representedByMe
    }
  }
  facilitators {
    userId
    createdAt
  }
  stages {
    stage
    reachedOn
  }
  commitments {
    ...CommitmentSummaryFields
  }
  actions {
    id
    title
    status
    categoryCode
    commitmentId
  }
}
    fragment CoalitionSummaryFields on Coalition {
  id
  name
  objective
  perimeterKind
  perimeterCode
  reviewStatus
  reviewComment
  stage
  createdAt
  viewerCanFacilitate
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}`, {"fragmentName":"CoalitionFields"}) as unknown as TypedDocumentString<CoalitionFieldsFragment, unknown>;
export const CommitmentRevisionFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommitmentRevisionFields on CommitmentRevision {
  revision
  title
  objective
  memberOrganisationIds
  memberOrganisationNames
  functioning
  firstActions
  planStakeCodes
  createdAt
}
    `, {"fragmentName":"CommitmentRevisionFields"}) as unknown as TypedDocumentString<CommitmentRevisionFieldsFragment, unknown>;
export const ActionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActionFields on Action {
  id
  commitmentId
  coalitionId
  organisationId
  title
  description
  categoryCode
  status
  startsOn
  dueOn
  budgetEuros
  people
  barriers
  levers
  partnerOrganisationIds
  partnerOrganisationNames
  planStakeCodes
  createdAt
  impacts {
    id
    quantity
    unit
    year
    method
    indicatorCode
  }
  progress {
    id
    reportedOn
    note
    percent
    createdAt
  }
}
    `, {"fragmentName":"ActionFields"}) as unknown as TypedDocumentString<ActionFieldsFragment, unknown>;
export const CommitmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommitmentFields on Commitment {
  ...CommitmentSummaryFields
  current {
    ...CommitmentRevisionFields
  }
  revisions {
    ...CommitmentRevisionFields
  }
  actions {
    ...ActionFields
  }
}
    fragment ActionFields on Action {
  id
  commitmentId
  coalitionId
  organisationId
  title
  description
  categoryCode
  status
  startsOn
  dueOn
  budgetEuros
  people
  barriers
  levers
  partnerOrganisationIds
  partnerOrganisationNames
  planStakeCodes
  createdAt
  impacts {
    id
    quantity
    unit
    year
    method
    indicatorCode
  }
  progress {
    id
    reportedOn
    note
    percent
    createdAt
  }
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CommitmentRevisionFields on CommitmentRevision {
  revision
  title
  objective
  memberOrganisationIds
  memberOrganisationNames
  functioning
  firstActions
  planStakeCodes
  createdAt
}`, {"fragmentName":"CommitmentFields"}) as unknown as TypedDocumentString<CommitmentFieldsFragment, unknown>;
export const PublicActionFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublicActionFields on Action {
  id
  title
  description
  categoryCode
  status
  startsOn
  dueOn
  planStakeCodes
  impacts {
    id
    quantity
    unit
    year
  }
}
    `, {"fragmentName":"PublicActionFields"}) as unknown as TypedDocumentString<PublicActionFieldsFragment, unknown>;
export const TenantBySlugDocument = new TypedDocumentString(`
    query TenantBySlug($slug: String!) {
  tenantBySlug(slug: $slug) {
    ...TenantFields
  }
}
    fragment TenantFields on Tenant {
  id
  slug
  name
  kind
  programmeName
  description
  status
}`) as unknown as TypedDocumentString<TenantBySlugQuery, TenantBySlugQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  user {
    id
    email
    displayName
    platformRoles
  }
  currentTenant {
    id
    slug
    name
    kind
    programmeName
    description
    status
  }
  currentRoles
  memberships {
    tenant {
      id
      slug
      name
      kind
      programmeName
      description
      status
    }
    roles
  }
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    accessToken
    refreshToken
    accessTokenExpiresAt
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on Viewer {
  user {
    id
    email
    displayName
    platformRoles
  }
  currentTenant {
    id
    slug
    name
    kind
    programmeName
    description
    status
  }
  currentRoles
  memberships {
    tenant {
      id
      slug
      name
      kind
      programmeName
      description
      status
    }
    roles
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken
    refreshToken
    accessTokenExpiresAt
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on Viewer {
  user {
    id
    email
    displayName
    platformRoles
  }
  currentTenant {
    id
    slug
    name
    kind
    programmeName
    description
    status
  }
  currentRoles
  memberships {
    tenant {
      id
      slug
      name
      kind
      programmeName
      description
      status
    }
    roles
  }
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const SwitchTenantDocument = new TypedDocumentString(`
    mutation SwitchTenant($tenantSlug: String!) {
  switchTenant(tenantSlug: $tenantSlug) {
    accessToken
    refreshToken
    accessTokenExpiresAt
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on Viewer {
  user {
    id
    email
    displayName
    platformRoles
  }
  currentTenant {
    id
    slug
    name
    kind
    programmeName
    description
    status
  }
  currentRoles
  memberships {
    tenant {
      id
      slug
      name
      kind
      programmeName
      description
      status
    }
    roles
  }
}`) as unknown as TypedDocumentString<SwitchTenantMutation, SwitchTenantMutationVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    accessToken
    refreshToken
    accessTokenExpiresAt
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on Viewer {
  user {
    id
    email
    displayName
    platformRoles
  }
  currentTenant {
    id
    slug
    name
    kind
    programmeName
    description
    status
  }
  currentRoles
  memberships {
    tenant {
      id
      slug
      name
      kind
      programmeName
      description
      status
    }
    roles
  }
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    id
    email
    displayName
    platformRoles
  }
}
    `) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($first: Int, $after: String) {
  members(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...MemberFields
      }
    }
  }
}
    fragment MemberFields on Member {
  id
  roles
  joinedAt
  user {
    id
    email
    displayName
  }
}`) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const InvitationsDocument = new TypedDocumentString(`
    query Invitations($first: Int, $after: String, $status: InvitationStatus) {
  invitations(first: $first, after: $after, status: $status) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...InvitationFields
      }
    }
  }
}
    fragment InvitationFields on Invitation {
  id
  email
  role
  status
  expiresAt
  createdAt
}`) as unknown as TypedDocumentString<InvitationsQuery, InvitationsQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    ...InvitationFields
  }
}
    fragment InvitationFields on Invitation {
  id
  email
  role
  status
  expiresAt
  createdAt
}`) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($id: ID!) {
  revokeInvitation(id: $id) {
    ...InvitationFields
  }
}
    fragment InvitationFields on Invitation {
  id
  email
  role
  status
  expiresAt
  createdAt
}`) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const ChangeMemberRoleDocument = new TypedDocumentString(`
    mutation ChangeMemberRole($memberId: ID!, $role: TenantRole!) {
  changeMemberRole(memberId: $memberId, role: $role) {
    ...MemberFields
  }
}
    fragment MemberFields on Member {
  id
  roles
  joinedAt
  user {
    id
    email
    displayName
  }
}`) as unknown as TypedDocumentString<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($memberId: ID!) {
  removeMember(memberId: $memberId)
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const TenantsDocument = new TypedDocumentString(`
    query Tenants($first: Int, $after: String) {
  tenants(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...TenantFields
        siren
        createdAt
      }
    }
  }
}
    fragment TenantFields on Tenant {
  id
  slug
  name
  kind
  programmeName
  description
  status
}`) as unknown as TypedDocumentString<TenantsQuery, TenantsQueryVariables>;
export const CreateTenantDocument = new TypedDocumentString(`
    mutation CreateTenant($input: CreateTenantInput!) {
  createTenant(input: $input) {
    ...TenantFields
    siren
    createdAt
  }
}
    fragment TenantFields on Tenant {
  id
  slug
  name
  kind
  programmeName
  description
  status
}`) as unknown as TypedDocumentString<CreateTenantMutation, CreateTenantMutationVariables>;
export const AssignConsultantDocument = new TypedDocumentString(`
    mutation AssignConsultant($tenantId: ID!, $email: String!) {
  assignConsultant(tenantId: $tenantId, email: $email) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignConsultantMutation, AssignConsultantMutationVariables>;
export const CatalogueItemsDocument = new TypedDocumentString(`
    query CatalogueItems($kind: CatalogueKind!, $includeArchived: Boolean) {
  catalogueItems(kind: $kind, includeArchived: $includeArchived) {
    ...CatalogueItemFields
  }
}
    fragment CatalogueItemFields on CatalogueItem {
  id
  kind
  code
  label
  position
  zoneKind
  archived
}`) as unknown as TypedDocumentString<CatalogueItemsQuery, CatalogueItemsQueryVariables>;
export const CreateCatalogueItemDocument = new TypedDocumentString(`
    mutation CreateCatalogueItem($input: CreateCatalogueItemInput!) {
  createCatalogueItem(input: $input) {
    ...CatalogueItemFields
  }
}
    fragment CatalogueItemFields on CatalogueItem {
  id
  kind
  code
  label
  position
  zoneKind
  archived
}`) as unknown as TypedDocumentString<CreateCatalogueItemMutation, CreateCatalogueItemMutationVariables>;
export const UpdateCatalogueItemDocument = new TypedDocumentString(`
    mutation UpdateCatalogueItem($id: ID!, $input: UpdateCatalogueItemInput!) {
  updateCatalogueItem(id: $id, input: $input) {
    ...CatalogueItemFields
  }
}
    fragment CatalogueItemFields on CatalogueItem {
  id
  kind
  code
  label
  position
  zoneKind
  archived
}`) as unknown as TypedDocumentString<UpdateCatalogueItemMutation, UpdateCatalogueItemMutationVariables>;
export const ArchiveCatalogueItemDocument = new TypedDocumentString(`
    mutation ArchiveCatalogueItem($id: ID!, $archived: Boolean) {
  archiveCatalogueItem(id: $id, archived: $archived) {
    ...CatalogueItemFields
  }
}
    fragment CatalogueItemFields on CatalogueItem {
  id
  kind
  code
  label
  position
  zoneKind
  archived
}`) as unknown as TypedDocumentString<ArchiveCatalogueItemMutation, ArchiveCatalogueItemMutationVariables>;
export const ReorderCatalogueItemsDocument = new TypedDocumentString(`
    mutation ReorderCatalogueItems($kind: CatalogueKind!, $ids: [ID!]!) {
  reorderCatalogueItems(kind: $kind, ids: $ids) {
    ...CatalogueItemFields
  }
}
    fragment CatalogueItemFields on CatalogueItem {
  id
  kind
  code
  label
  position
  zoneKind
  archived
}`) as unknown as TypedDocumentString<ReorderCatalogueItemsMutation, ReorderCatalogueItemsMutationVariables>;
export const ClimatePlanDocument = new TypedDocumentString(`
    query ClimatePlan($includeArchived: Boolean) {
  climatePlan(includeArchived: $includeArchived) {
    ...PlanItemFields
  }
}
    fragment PlanItemFields on PlanItem {
  id
  parentId
  level
  code
  label
  position
  archived
}`) as unknown as TypedDocumentString<ClimatePlanQuery, ClimatePlanQueryVariables>;
export const PublicVocabularyDocument = new TypedDocumentString(`
    query PublicVocabulary($tenantId: ID!) {
  publicVocabulary(tenantId: $tenantId) {
    themes {
      code
      label
    }
    sectors {
      code
      label
    }
    zones {
      code
      label
    }
    organisationTypes {
      code
      label
    }
    climatePlan {
      ...PlanItemFields
    }
  }
}
    fragment PlanItemFields on PlanItem {
  id
  parentId
  level
  code
  label
  position
  archived
}`) as unknown as TypedDocumentString<PublicVocabularyQuery, PublicVocabularyQueryVariables>;
export const CreatePlanItemDocument = new TypedDocumentString(`
    mutation CreatePlanItem($input: CreatePlanItemInput!) {
  createPlanItem(input: $input) {
    ...PlanItemFields
  }
}
    fragment PlanItemFields on PlanItem {
  id
  parentId
  level
  code
  label
  position
  archived
}`) as unknown as TypedDocumentString<CreatePlanItemMutation, CreatePlanItemMutationVariables>;
export const ArchivePlanItemDocument = new TypedDocumentString(`
    mutation ArchivePlanItem($id: ID!, $archived: Boolean) {
  archivePlanItem(id: $id, archived: $archived) {
    ...PlanItemFields
  }
}
    fragment PlanItemFields on PlanItem {
  id
  parentId
  level
  code
  label
  position
  archived
}`) as unknown as TypedDocumentString<ArchivePlanItemMutation, ArchivePlanItemMutationVariables>;
export const ReorderPlanItemsDocument = new TypedDocumentString(`
    mutation ReorderPlanItems($parentId: ID, $ids: [ID!]!) {
  reorderPlanItems(parentId: $parentId, ids: $ids) {
    ...PlanItemFields
  }
}
    fragment PlanItemFields on PlanItem {
  id
  parentId
  level
  code
  label
  position
  archived
}`) as unknown as TypedDocumentString<ReorderPlanItemsMutation, ReorderPlanItemsMutationVariables>;
export const TerritorialObjectivesDocument = new TypedDocumentString(`
    query TerritorialObjectives($includeArchived: Boolean) {
  territorialObjectives(includeArchived: $includeArchived) {
    ...ObjectiveFields
  }
}
    fragment ObjectiveFields on TerritorialObjective {
  id
  code
  label
  horizonYear
  target
  position
  archived
  theme {
    id
    label
  }
}`) as unknown as TypedDocumentString<TerritorialObjectivesQuery, TerritorialObjectivesQueryVariables>;
export const CreateObjectiveDocument = new TypedDocumentString(`
    mutation CreateObjective($input: CreateObjectiveInput!) {
  createObjective(input: $input) {
    ...ObjectiveFields
  }
}
    fragment ObjectiveFields on TerritorialObjective {
  id
  code
  label
  horizonYear
  target
  position
  archived
  theme {
    id
    label
  }
}`) as unknown as TypedDocumentString<CreateObjectiveMutation, CreateObjectiveMutationVariables>;
export const ArchiveObjectiveDocument = new TypedDocumentString(`
    mutation ArchiveObjective($id: ID!, $archived: Boolean) {
  archiveObjective(id: $id, archived: $archived) {
    ...ObjectiveFields
  }
}
    fragment ObjectiveFields on TerritorialObjective {
  id
  code
  label
  horizonYear
  target
  position
  archived
  theme {
    id
    label
  }
}`) as unknown as TypedDocumentString<ArchiveObjectiveMutation, ArchiveObjectiveMutationVariables>;
export const ReorderObjectivesDocument = new TypedDocumentString(`
    mutation ReorderObjectives($ids: [ID!]!) {
  reorderObjectives(ids: $ids) {
    ...ObjectiveFields
  }
}
    fragment ObjectiveFields on TerritorialObjective {
  id
  code
  label
  horizonYear
  target
  position
  archived
  theme {
    id
    label
  }
}`) as unknown as TypedDocumentString<ReorderObjectivesMutation, ReorderObjectivesMutationVariables>;
export const ConfigurationTemplatesDocument = new TypedDocumentString(`
    query ConfigurationTemplates {
  configurationTemplates {
    id
    code
    name
    description
    versions {
      ...TemplateVersionFields
    }
  }
}
    fragment TemplateVersionFields on ConfigurationTemplateVersion {
  version
  note
  createdAt
}`) as unknown as TypedDocumentString<ConfigurationTemplatesQuery, ConfigurationTemplatesQueryVariables>;
export const ConfigurationTemplateDocumentsDocument = new TypedDocumentString(`
    query ConfigurationTemplateDocuments($id: ID!) {
  configurationTemplate(id: $id) {
    id
    versions {
      version
      document
    }
  }
}
    `) as unknown as TypedDocumentString<ConfigurationTemplateDocumentsQuery, ConfigurationTemplateDocumentsQueryVariables>;
export const PublishConfigurationTemplateVersionDocument = new TypedDocumentString(`
    mutation PublishConfigurationTemplateVersion($templateId: ID!, $document: String!, $note: String) {
  publishConfigurationTemplateVersion(
    templateId: $templateId
    document: $document
    note: $note
  ) {
    ...TemplateVersionFields
  }
}
    fragment TemplateVersionFields on ConfigurationTemplateVersion {
  version
  note
  createdAt
}`) as unknown as TypedDocumentString<PublishConfigurationTemplateVersionMutation, PublishConfigurationTemplateVersionMutationVariables>;
export const StartOnboardingDocument = new TypedDocumentString(`
    mutation StartOnboarding($input: StartOnboardingInput!) {
  startOnboarding(input: $input) {
    ...OnboardingFields
  }
}
    fragment OnboardingFields on Onboarding {
  id
  name
  slug
  adminEmail
  status
  stepsDone
  totalSteps
  currentStep
  error
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<StartOnboardingMutation, StartOnboardingMutationVariables>;
export const OnboardingDocument = new TypedDocumentString(`
    query Onboarding($id: ID!) {
  onboarding(id: $id) {
    ...OnboardingFields
  }
}
    fragment OnboardingFields on Onboarding {
  id
  name
  slug
  adminEmail
  status
  stepsDone
  totalSteps
  currentStep
  error
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<OnboardingQuery, OnboardingQueryVariables>;
export const OnboardingsDocument = new TypedDocumentString(`
    query Onboardings($first: Int, $after: String) {
  onboardings(first: $first, after: $after) {
    totalCount
    edges {
      node {
        ...OnboardingFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment OnboardingFields on Onboarding {
  id
  name
  slug
  adminEmail
  status
  stepsDone
  totalSteps
  currentStep
  error
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<OnboardingsQuery, OnboardingsQueryVariables>;
export const ExportConfigurationDocument = new TypedDocumentString(`
    query ExportConfiguration {
  exportConfiguration
}
    `) as unknown as TypedDocumentString<ExportConfigurationQuery, ExportConfigurationQueryVariables>;
export const ImportConfigurationDocument = new TypedDocumentString(`
    mutation ImportConfiguration($document: String!) {
  importConfiguration(document: $document)
}
    `) as unknown as TypedDocumentString<ImportConfigurationMutation, ImportConfigurationMutationVariables>;
export const ConfigurationOriginDocument = new TypedDocumentString(`
    query ConfigurationOrigin {
  configurationOrigin {
    templateId
    templateName
    version
    latestVersion
    appliedAt
    differences {
      list
      code
      change
      label
    }
  }
}
    `) as unknown as TypedDocumentString<ConfigurationOriginQuery, ConfigurationOriginQueryVariables>;
export const IndicatorsDocument = new TypedDocumentString(`
    query Indicators($first: Int, $after: String) {
  indicators(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...IndicatorSummary
      }
    }
  }
}
    fragment IndicatorSummary on Indicator {
  code
  title
  unit
  themes
  custom
  formula
  status
}`) as unknown as TypedDocumentString<IndicatorsQuery, IndicatorsQueryVariables>;
export const IndicatorPageDocument = new TypedDocumentString(`
    query IndicatorPage($code: String!) {
  indicator(code: $code) {
    ...IndicatorSummary
    precision
    minimum
    maximum
    description
    parents
    values {
      ...IndicatorValueFields
    }
    objectives {
      ...IndicatorObjectiveFields
    }
  }
}
    fragment IndicatorSummary on Indicator {
  code
  title
  unit
  themes
  custom
  formula
  status
}
fragment IndicatorObjectiveFields on Objective {
  id
  kind
  label
  baseYear
  targetYear
  targetValue
  changePercent
  ratePercent
  direction
  source
  validatedBy
  status
  statusReason
  trajectory {
    year
    value
  }
  whatIsMissing {
    target
    latestYear
    latestValue
    gapToTrajectory
    remaining
    declared
    coverage
    otherUnits
    impacts {
      actionRef
      actionTitle
      quantity
      unit
      year
    }
  }
}
fragment IndicatorValueFields on IndicatorValue {
  id
  year
  kind
  sector
  value
  computed
  missingReason
  source
}`) as unknown as TypedDocumentString<IndicatorPageQuery, IndicatorPageQueryVariables>;
export const IndicatorCatalogueDocument = new TypedDocumentString(`
    query IndicatorCatalogue($first: Int, $after: String, $search: String) {
  indicatorCatalogue(first: $first, after: $after, search: $search) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        code
        title
        unit
        themes
        formula
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorCatalogueQuery, IndicatorCatalogueQueryVariables>;
export const FollowIndicatorsDocument = new TypedDocumentString(`
    mutation FollowIndicators($codes: [String!]!) {
  followIndicators(codes: $codes) {
    ...IndicatorSummary
  }
}
    fragment IndicatorSummary on Indicator {
  code
  title
  unit
  themes
  custom
  formula
  status
}`) as unknown as TypedDocumentString<FollowIndicatorsMutation, FollowIndicatorsMutationVariables>;
export const UnfollowIndicatorDocument = new TypedDocumentString(`
    mutation UnfollowIndicator($code: String!) {
  unfollowIndicator(code: $code)
}
    `) as unknown as TypedDocumentString<UnfollowIndicatorMutation, UnfollowIndicatorMutationVariables>;
export const CreateCustomIndicatorDocument = new TypedDocumentString(`
    mutation CreateCustomIndicator($input: CreateCustomIndicatorInput!) {
  createCustomIndicator(input: $input) {
    ...IndicatorSummary
  }
}
    fragment IndicatorSummary on Indicator {
  code
  title
  unit
  themes
  custom
  formula
  status
}`) as unknown as TypedDocumentString<CreateCustomIndicatorMutation, CreateCustomIndicatorMutationVariables>;
export const RecordIndicatorValueDocument = new TypedDocumentString(`
    mutation RecordIndicatorValue($input: RecordValueInput!) {
  recordIndicatorValue(input: $input) {
    ...IndicatorValueFields
  }
}
    fragment IndicatorValueFields on IndicatorValue {
  id
  year
  kind
  sector
  value
  computed
  missingReason
  source
}`) as unknown as TypedDocumentString<RecordIndicatorValueMutation, RecordIndicatorValueMutationVariables>;
export const RemoveIndicatorValueDocument = new TypedDocumentString(`
    mutation RemoveIndicatorValue($id: ID!) {
  removeIndicatorValue(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveIndicatorValueMutation, RemoveIndicatorValueMutationVariables>;
export const AddObjectiveDocument = new TypedDocumentString(`
    mutation AddObjective($input: AddObjectiveInput!) {
  addObjective(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddObjectiveMutation, AddObjectiveMutationVariables>;
export const RemoveObjectiveDocument = new TypedDocumentString(`
    mutation RemoveObjective($id: ID!) {
  removeObjective(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveObjectiveMutation, RemoveObjectiveMutationVariables>;
export const StartIndicatorImportDocument = new TypedDocumentString(`
    mutation StartIndicatorImport($input: StartIndicatorImportInput!) {
  startIndicatorImport(input: $input) {
    ...IndicatorImportFields
  }
}
    fragment IndicatorImportFields on IndicatorImport {
  id
  fileName
  status
  totalRows
  processedRows
  writtenRows
  errors {
    line
    field
    message
  }
  finishedAt
}`) as unknown as TypedDocumentString<StartIndicatorImportMutation, StartIndicatorImportMutationVariables>;
export const IndicatorImportDocument = new TypedDocumentString(`
    query IndicatorImport($id: ID!) {
  indicatorImport(id: $id) {
    ...IndicatorImportFields
  }
}
    fragment IndicatorImportFields on IndicatorImport {
  id
  fileName
  status
  totalRows
  processedRows
  writtenRows
  errors {
    line
    field
    message
  }
  finishedAt
}`) as unknown as TypedDocumentString<IndicatorImportQuery, IndicatorImportQueryVariables>;
export const ExportIndicatorValuesDocument = new TypedDocumentString(`
    query ExportIndicatorValues($codes: [String!], $format: ExportFormat) {
  exportIndicatorValues(codes: $codes, format: $format) {
    fileName
    mediaType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ExportIndicatorValuesQuery, ExportIndicatorValuesQueryVariables>;
export const IndicatorBreakdownDocument = new TypedDocumentString(`
    query IndicatorBreakdown($first: Int) {
  indicators(first: $first) {
    edges {
      node {
        code
        title
        unit
        parents
        values(kind: OBSERVED) {
          year
          sector
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorBreakdownQuery, IndicatorBreakdownQueryVariables>;
export const AssessmentHomeDocument = new TypedDocumentString(`
    query AssessmentHome {
  myAssessmentOrganisations {
    id
    name
    organisationType
    sector
  }
  referentials(first: 50) {
    edges {
      node {
        id
        code
        title
        description
        versions {
          id
          number
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentHomeQuery, AssessmentHomeQueryVariables>;
export const OrganisationAssessmentsDocument = new TypedDocumentString(`
    query OrganisationAssessments($organisationId: ID!) {
  selfAssessments(organisationId: $organisationId, first: 20) {
    totalCount
    edges {
      node {
        id
        status
        submittedAt
        createdAt
        versionId
        score {
          overall
          overallChange
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationAssessmentsQuery, OrganisationAssessmentsQueryVariables>;
export const StartSelfAssessmentDocument = new TypedDocumentString(`
    mutation StartSelfAssessment($input: StartSelfAssessmentInput!) {
  startSelfAssessment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartSelfAssessmentMutation, StartSelfAssessmentMutationVariables>;
export const SelfAssessmentPageDocument = new TypedDocumentString(`
    query SelfAssessmentPage($id: ID!) {
  selfAssessment(id: $id) {
    id
    versionId
    referentialId
    organisationId
    organisationType
    status
    submittedAt
    answers {
      criterionCode
      level
      notConcerned
      comment
      evidenceLinks
    }
    score {
      overall
      overallChange
      nodes {
        code
        score
        answered
        counted
        change
      }
    }
    previous {
      id
      submittedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SelfAssessmentPageQuery, SelfAssessmentPageQueryVariables>;
export const SelfAssessmentResultsDocument = new TypedDocumentString(`
    query SelfAssessmentResults($id: ID!) {
  selfAssessment(id: $id) {
    id
    recommendations {
      criterionCode
      level
      resource {
        id
        kind
        title
        description
        url
      }
    }
    benchmark {
      sector {
        code
        contributors
        shown
        overall
        domains {
          code
          median
        }
      }
      organisationType {
        code
        contributors
        shown
        overall
        domains {
          code
          median
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SelfAssessmentResultsQuery, SelfAssessmentResultsQueryVariables>;
export const ReferentialVersionTreeDocument = new TypedDocumentString(`
    query ReferentialVersionTree($id: ID!) {
  referentialVersion(id: $id) {
    id
    number
    status
    scale {
      level
      label
      score
    }
    nodes {
      code
      parentCode
      depth
      title
      guidance
      isCriterion
      organisationTypes
      levels {
        level
        description
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferentialVersionTreeQuery, ReferentialVersionTreeQueryVariables>;
export const SaveAssessmentAnswersDocument = new TypedDocumentString(`
    mutation SaveAssessmentAnswers($input: SaveAnswersInput!) {
  saveAssessmentAnswers(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SaveAssessmentAnswersMutation, SaveAssessmentAnswersMutationVariables>;
export const SubmitSelfAssessmentDocument = new TypedDocumentString(`
    mutation SubmitSelfAssessment($id: ID!) {
  submitSelfAssessment(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitSelfAssessmentMutation, SubmitSelfAssessmentMutationVariables>;
export const CampaignsDocument = new TypedDocumentString(`
    query Campaigns {
  campaigns(first: 50) {
    edges {
      node {
        id
        title
        opensOn
        closesOn
        organisationTypes
        responseRate {
          targets
          responded
          rate
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignsQuery, CampaignsQueryVariables>;
export const SendCampaignRemindersDocument = new TypedDocumentString(`
    mutation SendCampaignReminders($campaignId: ID!) {
  sendCampaignReminders(campaignId: $campaignId)
}
    `) as unknown as TypedDocumentString<SendCampaignRemindersMutation, SendCampaignRemindersMutationVariables>;
export const ReferentialDistributionDocument = new TypedDocumentString(`
    query ReferentialDistribution($referentialId: ID!) {
  referentialDistribution(referentialId: $referentialId) {
    code
    contributors
    min
    q1
    median
    q3
    max
  }
}
    `) as unknown as TypedDocumentString<ReferentialDistributionQuery, ReferentialDistributionQueryVariables>;
export const ReferentialAdminDocument = new TypedDocumentString(`
    query ReferentialAdmin {
  referentials(first: 50) {
    edges {
      node {
        id
        code
        title
        description
        versions {
          id
          number
          status
          publishedAt
          nodeCount
          scale {
            level
            label
            score
          }
        }
      }
    }
  }
  toolboxResources(first: 100) {
    totalCount
    edges {
      node {
        id
        kind
        title
        url
        themes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferentialAdminQuery, ReferentialAdminQueryVariables>;
export const CreateReferentialDocument = new TypedDocumentString(`
    mutation CreateReferential($input: CreateReferentialInput!) {
  createReferential(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateReferentialMutation, CreateReferentialMutationVariables>;
export const CopyReferentialDocument = new TypedDocumentString(`
    mutation CopyReferential($input: CopyReferentialInput!) {
  copyReferential(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CopyReferentialMutation, CopyReferentialMutationVariables>;
export const CreateReferentialDraftDocument = new TypedDocumentString(`
    mutation CreateReferentialDraft($referentialId: ID!) {
  createReferentialDraft(referentialId: $referentialId) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateReferentialDraftMutation, CreateReferentialDraftMutationVariables>;
export const ImportReferentialCsvDocument = new TypedDocumentString(`
    mutation ImportReferentialCsv($input: ImportReferentialCsvInput!) {
  importReferentialCsv(input: $input) {
    id
    nodeCount
  }
}
    `) as unknown as TypedDocumentString<ImportReferentialCsvMutation, ImportReferentialCsvMutationVariables>;
export const PublishReferentialVersionDocument = new TypedDocumentString(`
    mutation PublishReferentialVersion($versionId: ID!) {
  publishReferentialVersion(versionId: $versionId) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<PublishReferentialVersionMutation, PublishReferentialVersionMutationVariables>;
export const ReferentialCsvDocument = new TypedDocumentString(`
    query ReferentialCsv($versionId: ID!) {
  referentialCsv(versionId: $versionId)
}
    `) as unknown as TypedDocumentString<ReferentialCsvQuery, ReferentialCsvQueryVariables>;
export const CreateToolboxResourceDocument = new TypedDocumentString(`
    mutation CreateToolboxResource($input: CreateToolboxResourceInput!) {
  createToolboxResource(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateToolboxResourceMutation, CreateToolboxResourceMutationVariables>;
export const LinkResourceToCriterionDocument = new TypedDocumentString(`
    mutation LinkResourceToCriterion($input: LinkResourceInput!) {
  linkResourceToCriterion(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LinkResourceToCriterionMutation, LinkResourceToCriterionMutationVariables>;
export const OpenCampaignDocument = new TypedDocumentString(`
    mutation OpenCampaign($input: OpenCampaignInput!) {
  openCampaign(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OpenCampaignMutation, OpenCampaignMutationVariables>;
export const AssessmentCarryOverDocument = new TypedDocumentString(`
    query AssessmentCarryOver($assessmentId: ID!, $versionId: ID!) {
  assessmentCarryOver(assessmentId: $assessmentId, versionId: $versionId) {
    criterionCode
    title
    status
    level
    notConcerned
  }
}
    `) as unknown as TypedDocumentString<AssessmentCarryOverQuery, AssessmentCarryOverQueryVariables>;
export const SetMaturityScaleDocument = new TypedDocumentString(`
    mutation SetMaturityScale($input: SetMaturityScaleInput!) {
  setMaturityScale(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetMaturityScaleMutation, SetMaturityScaleMutationVariables>;
export const OrganisationsDocument = new TypedDocumentString(`
    query Organisations($filter: OrganisationFilterInput, $first: Int, $after: String) {
  organisations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...OrganisationFields
      }
    }
  }
}
    fragment OrganisationFields on Organisation {
  id
  name
  typeCode
  siren
  siret
  sectorCodes
  zoneCodes
  sizeBand
  address
  postcode
  city
  website
  description
  publicProfile
  createdAt
  representedByMe
  representativeCount
}`) as unknown as TypedDocumentString<OrganisationsQuery, OrganisationsQueryVariables>;
export const OrganisationDocument = new TypedDocumentString(`
    query Organisation($id: ID!) {
  organisation(id: $id) {
    ...OrganisationFields
  }
}
    fragment OrganisationFields on Organisation {
  id
  name
  typeCode
  siren
  siret
  sectorCodes
  zoneCodes
  sizeBand
  address
  postcode
  city
  website
  description
  publicProfile
  createdAt
  representedByMe
  representativeCount
}`) as unknown as TypedDocumentString<OrganisationQuery, OrganisationQueryVariables>;
export const MyOrganisationsDocument = new TypedDocumentString(`
    query MyOrganisations {
  myOrganisations {
    ...OrganisationFields
  }
}
    fragment OrganisationFields on Organisation {
  id
  name
  typeCode
  siren
  siret
  sectorCodes
  zoneCodes
  sizeBand
  address
  postcode
  city
  website
  description
  publicProfile
  createdAt
  representedByMe
  representativeCount
}`) as unknown as TypedDocumentString<MyOrganisationsQuery, MyOrganisationsQueryVariables>;
export const ExportOrganisationsDocument = new TypedDocumentString(`
    query ExportOrganisations($format: ExportFormat, $filter: OrganisationFilterInput) {
  exportOrganisations(format: $format, filter: $filter) {
    fileName
    mediaType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ExportOrganisationsQuery, ExportOrganisationsQueryVariables>;
export const OrganisationJoinRequestsDocument = new TypedDocumentString(`
    query OrganisationJoinRequests($organisationId: ID!) {
  organisationJoinRequests(organisationId: $organisationId) {
    ...JoinRequestFields
  }
}
    fragment JoinRequestFields on OrganisationJoinRequest {
  id
  organisationId
  userId
  message
  status
  decidedAt
  createdAt
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<OrganisationJoinRequestsQuery, OrganisationJoinRequestsQueryVariables>;
export const PendingJoinRequestsDocument = new TypedDocumentString(`
    query PendingJoinRequests($after: String) {
  pendingJoinRequests(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...JoinRequestFields
      }
    }
  }
}
    fragment JoinRequestFields on OrganisationJoinRequest {
  id
  organisationId
  userId
  message
  status
  decidedAt
  createdAt
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<PendingJoinRequestsQuery, PendingJoinRequestsQueryVariables>;
export const MyJoinRequestsDocument = new TypedDocumentString(`
    query MyJoinRequests {
  myJoinRequests {
    ...JoinRequestFields
  }
}
    fragment JoinRequestFields on OrganisationJoinRequest {
  id
  organisationId
  userId
  message
  status
  decidedAt
  createdAt
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<MyJoinRequestsQuery, MyJoinRequestsQueryVariables>;
export const RegisterOrganisationDocument = new TypedDocumentString(`
    mutation RegisterOrganisation($input: RegisterOrganisationInput!) {
  registerOrganisation(input: $input) {
    ...OrganisationFields
  }
}
    fragment OrganisationFields on Organisation {
  id
  name
  typeCode
  siren
  siret
  sectorCodes
  zoneCodes
  sizeBand
  address
  postcode
  city
  website
  description
  publicProfile
  createdAt
  representedByMe
  representativeCount
}`) as unknown as TypedDocumentString<RegisterOrganisationMutation, RegisterOrganisationMutationVariables>;
export const UpdateOrganisationDocument = new TypedDocumentString(`
    mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) {
    ...OrganisationFields
  }
}
    fragment OrganisationFields on Organisation {
  id
  name
  typeCode
  siren
  siret
  sectorCodes
  zoneCodes
  sizeBand
  address
  postcode
  city
  website
  description
  publicProfile
  createdAt
  representedByMe
  representativeCount
}`) as unknown as TypedDocumentString<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const RequestToJoinOrganisationDocument = new TypedDocumentString(`
    mutation RequestToJoinOrganisation($input: RequestToJoinOrganisationInput!) {
  requestToJoinOrganisation(input: $input) {
    ...JoinRequestFields
  }
}
    fragment JoinRequestFields on OrganisationJoinRequest {
  id
  organisationId
  userId
  message
  status
  decidedAt
  createdAt
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<RequestToJoinOrganisationMutation, RequestToJoinOrganisationMutationVariables>;
export const ApproveJoinRequestDocument = new TypedDocumentString(`
    mutation ApproveJoinRequest($id: ID!) {
  approveJoinRequest(id: $id) {
    ...JoinRequestFields
  }
}
    fragment JoinRequestFields on OrganisationJoinRequest {
  id
  organisationId
  userId
  message
  status
  decidedAt
  createdAt
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<ApproveJoinRequestMutation, ApproveJoinRequestMutationVariables>;
export const RefuseJoinRequestDocument = new TypedDocumentString(`
    mutation RefuseJoinRequest($id: ID!) {
  refuseJoinRequest(id: $id) {
    ...JoinRequestFields
  }
}
    fragment JoinRequestFields on OrganisationJoinRequest {
  id
  organisationId
  userId
  message
  status
  decidedAt
  createdAt
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<RefuseJoinRequestMutation, RefuseJoinRequestMutationVariables>;
export const RemoveOrganisationRepresentativeDocument = new TypedDocumentString(`
    mutation RemoveOrganisationRepresentative($organisationId: ID!, $userId: ID!) {
  removeOrganisationRepresentative(
    organisationId: $organisationId
    userId: $userId
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveOrganisationRepresentativeMutation, RemoveOrganisationRepresentativeMutationVariables>;
export const OrganisationImportDocument = new TypedDocumentString(`
    query OrganisationImport($id: ID!) {
  organisationImport(id: $id) {
    ...OrganisationImportFields
  }
}
    fragment OrganisationImportFields on OrganisationImport {
  id
  fileName
  status
  totalRows
  processedRows
  createdRows
  skippedRows
  errors {
    line
    field
    message
  }
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<OrganisationImportQuery, OrganisationImportQueryVariables>;
export const StartOrganisationImportDocument = new TypedDocumentString(`
    mutation StartOrganisationImport($input: StartOrganisationImportInput!) {
  startOrganisationImport(input: $input) {
    ...OrganisationImportFields
  }
}
    fragment OrganisationImportFields on OrganisationImport {
  id
  fileName
  status
  totalRows
  processedRows
  createdRows
  skippedRows
  errors {
    line
    field
    message
  }
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<StartOrganisationImportMutation, StartOrganisationImportMutationVariables>;
export const CoalitionsDocument = new TypedDocumentString(`
    query Coalitions($filter: CoalitionFilterInput, $first: Int, $after: String) {
  coalitions(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CoalitionSummaryFields
        members {
          organisationId
          status
        }
      }
    }
  }
}
    fragment CoalitionSummaryFields on Coalition {
  id
  name
  objective
  perimeterKind
  perimeterCode
  reviewStatus
  reviewComment
  stage
  createdAt
  viewerCanFacilitate
}`) as unknown as TypedDocumentString<CoalitionsQuery, CoalitionsQueryVariables>;
export const CoalitionDocument = new TypedDocumentString(`
    query Coalition($id: ID!) {
  coalition(id: $id) {
    ...CoalitionFields
  }
}
    fragment CoalitionSummaryFields on Coalition {
  id
  name
  objective
  perimeterKind
  perimeterCode
  reviewStatus
  reviewComment
  stage
  createdAt
  viewerCanFacilitate
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CoalitionFields on Coalition {
  ...CoalitionSummaryFields
  facilitation
  meetingFrequency
  tools
  liaison
  proposedBy
  members {
    organisationId
    status
    createdAt
    organisation {
      id
      name
      representedByMe
    }
  }
  facilitators {
    userId
    createdAt
  }
  stages {
    stage
    reachedOn
  }
  commitments {
    ...CommitmentSummaryFields
  }
  actions {
    id
    title
    status
    categoryCode
    commitmentId
  }
}`) as unknown as TypedDocumentString<CoalitionQuery, CoalitionQueryVariables>;
export const ProposeCoalitionDocument = new TypedDocumentString(`
    mutation ProposeCoalition($input: ProposeCoalitionInput!) {
  proposeCoalition(input: $input) {
    ...CoalitionFields
  }
}
    fragment CoalitionSummaryFields on Coalition {
  id
  name
  objective
  perimeterKind
  perimeterCode
  reviewStatus
  reviewComment
  stage
  createdAt
  viewerCanFacilitate
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CoalitionFields on Coalition {
  ...CoalitionSummaryFields
  facilitation
  meetingFrequency
  tools
  liaison
  proposedBy
  members {
    organisationId
    status
    createdAt
    organisation {
      id
      name
      representedByMe
    }
  }
  facilitators {
    userId
    createdAt
  }
  stages {
    stage
    reachedOn
  }
  commitments {
    ...CommitmentSummaryFields
  }
  actions {
    id
    title
    status
    categoryCode
    commitmentId
  }
}`) as unknown as TypedDocumentString<ProposeCoalitionMutation, ProposeCoalitionMutationVariables>;
export const UpdateCoalitionDocument = new TypedDocumentString(`
    mutation UpdateCoalition($input: UpdateCoalitionInput!) {
  updateCoalition(input: $input) {
    ...CoalitionFields
  }
}
    fragment CoalitionSummaryFields on Coalition {
  id
  name
  objective
  perimeterKind
  perimeterCode
  reviewStatus
  reviewComment
  stage
  createdAt
  viewerCanFacilitate
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CoalitionFields on Coalition {
  ...CoalitionSummaryFields
  facilitation
  meetingFrequency
  tools
  liaison
  proposedBy
  members {
    organisationId
    status
    createdAt
    organisation {
      id
      name
      representedByMe
    }
  }
  facilitators {
    userId
    createdAt
  }
  stages {
    stage
    reachedOn
  }
  commitments {
    ...CommitmentSummaryFields
  }
  actions {
    id
    title
    status
    categoryCode
    commitmentId
  }
}`) as unknown as TypedDocumentString<UpdateCoalitionMutation, UpdateCoalitionMutationVariables>;
export const ValidateCoalitionDocument = new TypedDocumentString(`
    mutation ValidateCoalition($id: ID!) {
  validateCoalition(id: $id) {
    ...CoalitionFields
  }
}
    fragment CoalitionSummaryFields on Coalition {
  id
  name
  objective
  perimeterKind
  perimeterCode
  reviewStatus
  reviewComment
  stage
  createdAt
  viewerCanFacilitate
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CoalitionFields on Coalition {
  ...CoalitionSummaryFields
  facilitation
  meetingFrequency
  tools
  liaison
  proposedBy
  members {
    organisationId
    status
    createdAt
    organisation {
      id
      name
      representedByMe
    }
  }
  facilitators {
    userId
    createdAt
  }
  stages {
    stage
    reachedOn
  }
  commitments {
    ...CommitmentSummaryFields
  }
  actions {
    id
    title
    status
    categoryCode
    commitmentId
  }
}`) as unknown as TypedDocumentString<ValidateCoalitionMutation, ValidateCoalitionMutationVariables>;
export const ReturnCoalitionDocument = new TypedDocumentString(`
    mutation ReturnCoalition($id: ID!, $comment: String!) {
  returnCoalition(id: $id, comment: $comment) {
    ...CoalitionFields
  }
}
    fragment CoalitionSummaryFields on Coalition {
  id
  name
  objective
  perimeterKind
  perimeterCode
  reviewStatus
  reviewComment
  stage
  createdAt
  viewerCanFacilitate
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CoalitionFields on Coalition {
  ...CoalitionSummaryFields
  facilitation
  meetingFrequency
  tools
  liaison
  proposedBy
  members {
    organisationId
    status
    createdAt
    organisation {
      id
      name
      representedByMe
    }
  }
  facilitators {
    userId
    createdAt
  }
  stages {
    stage
    reachedOn
  }
  commitments {
    ...CommitmentSummaryFields
  }
  actions {
    id
    title
    status
    categoryCode
    commitmentId
  }
}`) as unknown as TypedDocumentString<ReturnCoalitionMutation, ReturnCoalitionMutationVariables>;
export const RequestToJoinCoalitionDocument = new TypedDocumentString(`
    mutation RequestToJoinCoalition($coalitionId: ID!, $organisationId: ID!) {
  requestToJoinCoalition(
    coalitionId: $coalitionId
    organisationId: $organisationId
  ) {
    ...CoalitionFields
  }
}
    fragment CoalitionSummaryFields on Coalition {
  id
  name
  objective
  perimeterKind
  perimeterCode
  reviewStatus
  reviewComment
  stage
  createdAt
  viewerCanFacilitate
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CoalitionFields on Coalition {
  ...CoalitionSummaryFields
  facilitation
  meetingFrequency
  tools
  liaison
  proposedBy
  members {
    organisationId
    status
    createdAt
    organisation {
      id
      name
      representedByMe
    }
  }
  facilitators {
    userId
    createdAt
  }
  stages {
    stage
    reachedOn
  }
  commitments {
    ...CommitmentSummaryFields
  }
  actions {
    id
    title
    status
    categoryCode
    commitmentId
  }
}`) as unknown as TypedDocumentString<RequestToJoinCoalitionMutation, RequestToJoinCoalitionMutationVariables>;
export const InviteOrganisationToCoalitionDocument = new TypedDocumentString(`
    mutation InviteOrganisationToCoalition($coalitionId: ID!, $organisationId: ID!) {
  inviteOrganisationToCoalition(
    coalitionId: $coalitionId
    organisationId: $organisationId
  ) {
    ...CoalitionFields
  }
}
    fragment CoalitionSummaryFields on Coalition {
  id
  name
  objective
  perimeterKind
  perimeterCode
  reviewStatus
  reviewComment
  stage
  createdAt
  viewerCanFacilitate
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CoalitionFields on Coalition {
  ...CoalitionSummaryFields
  facilitation
  meetingFrequency
  tools
  liaison
  proposedBy
  members {
    organisationId
    status
    createdAt
    organisation {
      id
      name
      representedByMe
    }
  }
  facilitators {
    userId
    createdAt
  }
  stages {
    stage
    reachedOn
  }
  commitments {
    ...CommitmentSummaryFields
  }
  actions {
    id
    title
    status
    categoryCode
    commitmentId
  }
}`) as unknown as TypedDocumentString<InviteOrganisationToCoalitionMutation, InviteOrganisationToCoalitionMutationVariables>;
export const ApproveCoalitionRequestDocument = new TypedDocumentString(`
    mutation ApproveCoalitionRequest($coalitionId: ID!, $organisationId: ID!) {
  approveCoalitionRequest(
    coalitionId: $coalitionId
    organisationId: $organisationId
  ) {
    ...CoalitionFields
  }
}
    fragment CoalitionSummaryFields on Coalition {
  id
  name
  objective
  perimeterKind
  perimeterCode
  reviewStatus
  reviewComment
  stage
  createdAt
  viewerCanFacilitate
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CoalitionFields on Coalition {
  ...CoalitionSummaryFields
  facilitation
  meetingFrequency
  tools
  liaison
  proposedBy
  members {
    organisationId
    status
    createdAt
    organisation {
      id
      name
      representedByMe
    }
  }
  facilitators {
    userId
    createdAt
  }
  stages {
    stage
    reachedOn
  }
  commitments {
    ...CommitmentSummaryFields
  }
  actions {
    id
    title
    status
    categoryCode
    commitmentId
  }
}`) as unknown as TypedDocumentString<ApproveCoalitionRequestMutation, ApproveCoalitionRequestMutationVariables>;
export const AcceptCoalitionInvitationDocument = new TypedDocumentString(`
    mutation AcceptCoalitionInvitation($coalitionId: ID!, $organisationId: ID!) {
  acceptCoalitionInvitation(
    coalitionId: $coalitionId
    organisationId: $organisationId
  ) {
    ...CoalitionFields
  }
}
    fragment CoalitionSummaryFields on Coalition {
  id
  name
  objective
  perimeterKind
  perimeterCode
  reviewStatus
  reviewComment
  stage
  createdAt
  viewerCanFacilitate
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CoalitionFields on Coalition {
  ...CoalitionSummaryFields
  facilitation
  meetingFrequency
  tools
  liaison
  proposedBy
  members {
    organisationId
    status
    createdAt
    organisation {
      id
      name
      representedByMe
    }
  }
  facilitators {
    userId
    createdAt
  }
  stages {
    stage
    reachedOn
  }
  commitments {
    ...CommitmentSummaryFields
  }
  actions {
    id
    title
    status
    categoryCode
    commitmentId
  }
}`) as unknown as TypedDocumentString<AcceptCoalitionInvitationMutation, AcceptCoalitionInvitationMutationVariables>;
export const LeaveCoalitionDocument = new TypedDocumentString(`
    mutation LeaveCoalition($coalitionId: ID!, $organisationId: ID!) {
  leaveCoalition(coalitionId: $coalitionId, organisationId: $organisationId) {
    ...CoalitionFields
  }
}
    fragment CoalitionSummaryFields on Coalition {
  id
  name
  objective
  perimeterKind
  perimeterCode
  reviewStatus
  reviewComment
  stage
  createdAt
  viewerCanFacilitate
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CoalitionFields on Coalition {
  ...CoalitionSummaryFields
  facilitation
  meetingFrequency
  tools
  liaison
  proposedBy
  members {
    organisationId
    status
    createdAt
    organisation {
      id
      name
      representedByMe
    }
  }
  facilitators {
    userId
    createdAt
  }
  stages {
    stage
    reachedOn
  }
  commitments {
    ...CommitmentSummaryFields
  }
  actions {
    id
    title
    status
    categoryCode
    commitmentId
  }
}`) as unknown as TypedDocumentString<LeaveCoalitionMutation, LeaveCoalitionMutationVariables>;
export const NameCoalitionFacilitatorDocument = new TypedDocumentString(`
    mutation NameCoalitionFacilitator($coalitionId: ID!, $userId: ID!) {
  nameCoalitionFacilitator(coalitionId: $coalitionId, userId: $userId) {
    ...CoalitionFields
  }
}
    fragment CoalitionSummaryFields on Coalition {
  id
  name
  objective
  perimeterKind
  perimeterCode
  reviewStatus
  reviewComment
  stage
  createdAt
  viewerCanFacilitate
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CoalitionFields on Coalition {
  ...CoalitionSummaryFields
  facilitation
  meetingFrequency
  tools
  liaison
  proposedBy
  members {
    organisationId
    status
    createdAt
    organisation {
      id
      name
      representedByMe
    }
  }
  facilitators {
    userId
    createdAt
  }
  stages {
    stage
    reachedOn
  }
  commitments {
    ...CommitmentSummaryFields
  }
  actions {
    id
    title
    status
    categoryCode
    commitmentId
  }
}`) as unknown as TypedDocumentString<NameCoalitionFacilitatorMutation, NameCoalitionFacilitatorMutationVariables>;
export const RemoveCoalitionFacilitatorDocument = new TypedDocumentString(`
    mutation RemoveCoalitionFacilitator($coalitionId: ID!, $userId: ID!) {
  removeCoalitionFacilitator(coalitionId: $coalitionId, userId: $userId) {
    ...CoalitionFields
  }
}
    fragment CoalitionSummaryFields on Coalition {
  id
  name
  objective
  perimeterKind
  perimeterCode
  reviewStatus
  reviewComment
  stage
  createdAt
  viewerCanFacilitate
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CoalitionFields on Coalition {
  ...CoalitionSummaryFields
  facilitation
  meetingFrequency
  tools
  liaison
  proposedBy
  members {
    organisationId
    status
    createdAt
    organisation {
      id
      name
      representedByMe
    }
  }
  facilitators {
    userId
    createdAt
  }
  stages {
    stage
    reachedOn
  }
  commitments {
    ...CommitmentSummaryFields
  }
  actions {
    id
    title
    status
    categoryCode
    commitmentId
  }
}`) as unknown as TypedDocumentString<RemoveCoalitionFacilitatorMutation, RemoveCoalitionFacilitatorMutationVariables>;
export const SetCoalitionFunctioningDocument = new TypedDocumentString(`
    mutation SetCoalitionFunctioning($input: SetCoalitionFunctioningInput!) {
  setCoalitionFunctioning(input: $input) {
    ...CoalitionFields
  }
}
    fragment CoalitionSummaryFields on Coalition {
  id
  name
  objective
  perimeterKind
  perimeterCode
  reviewStatus
  reviewComment
  stage
  createdAt
  viewerCanFacilitate
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CoalitionFields on Coalition {
  ...CoalitionSummaryFields
  facilitation
  meetingFrequency
  tools
  liaison
  proposedBy
  members {
    organisationId
    status
    createdAt
    organisation {
      id
      name
      representedByMe
    }
  }
  facilitators {
    userId
    createdAt
  }
  stages {
    stage
    reachedOn
  }
  commitments {
    ...CommitmentSummaryFields
  }
  actions {
    id
    title
    status
    categoryCode
    commitmentId
  }
}`) as unknown as TypedDocumentString<SetCoalitionFunctioningMutation, SetCoalitionFunctioningMutationVariables>;
export const MoveCoalitionStageDocument = new TypedDocumentString(`
    mutation MoveCoalitionStage($id: ID!, $stage: CoalitionStage!) {
  moveCoalitionStage(id: $id, stage: $stage) {
    ...CoalitionFields
  }
}
    fragment CoalitionSummaryFields on Coalition {
  id
  name
  objective
  perimeterKind
  perimeterCode
  reviewStatus
  reviewComment
  stage
  createdAt
  viewerCanFacilitate
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CoalitionFields on Coalition {
  ...CoalitionSummaryFields
  facilitation
  meetingFrequency
  tools
  liaison
  proposedBy
  members {
    organisationId
    status
    createdAt
    organisation {
      id
      name
      representedByMe
    }
  }
  facilitators {
    userId
    createdAt
  }
  stages {
    stage
    reachedOn
  }
  commitments {
    ...CommitmentSummaryFields
  }
  actions {
    id
    title
    status
    categoryCode
    commitmentId
  }
}`) as unknown as TypedDocumentString<MoveCoalitionStageMutation, MoveCoalitionStageMutationVariables>;
export const CommitmentDocument = new TypedDocumentString(`
    query Commitment($id: ID!) {
  commitment(id: $id) {
    ...CommitmentFields
  }
}
    fragment ActionFields on Action {
  id
  commitmentId
  coalitionId
  organisationId
  title
  description
  categoryCode
  status
  startsOn
  dueOn
  budgetEuros
  people
  barriers
  levers
  partnerOrganisationIds
  partnerOrganisationNames
  planStakeCodes
  createdAt
  impacts {
    id
    quantity
    unit
    year
    method
    indicatorCode
  }
  progress {
    id
    reportedOn
    note
    percent
    createdAt
  }
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CommitmentRevisionFields on CommitmentRevision {
  revision
  title
  objective
  memberOrganisationIds
  memberOrganisationNames
  functioning
  firstActions
  planStakeCodes
  createdAt
}
fragment CommitmentFields on Commitment {
  ...CommitmentSummaryFields
  current {
    ...CommitmentRevisionFields
  }
  revisions {
    ...CommitmentRevisionFields
  }
  actions {
    ...ActionFields
  }
}`) as unknown as TypedDocumentString<CommitmentQuery, CommitmentQueryVariables>;
export const CommitmentsDocument = new TypedDocumentString(`
    query Commitments($coalitionId: ID, $organisationId: ID, $status: CommitmentStatus, $first: Int, $after: String) {
  commitments(
    coalitionId: $coalitionId
    organisationId: $organisationId
    status: $status
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CommitmentSummaryFields
      }
    }
  }
}
    fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}`) as unknown as TypedDocumentString<CommitmentsQuery, CommitmentsQueryVariables>;
export const CreateCommitmentDocument = new TypedDocumentString(`
    mutation CreateCommitment($input: CreateCommitmentInput!) {
  createCommitment(input: $input) {
    ...CommitmentFields
  }
}
    fragment ActionFields on Action {
  id
  commitmentId
  coalitionId
  organisationId
  title
  description
  categoryCode
  status
  startsOn
  dueOn
  budgetEuros
  people
  barriers
  levers
  partnerOrganisationIds
  partnerOrganisationNames
  planStakeCodes
  createdAt
  impacts {
    id
    quantity
    unit
    year
    method
    indicatorCode
  }
  progress {
    id
    reportedOn
    note
    percent
    createdAt
  }
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CommitmentRevisionFields on CommitmentRevision {
  revision
  title
  objective
  memberOrganisationIds
  memberOrganisationNames
  functioning
  firstActions
  planStakeCodes
  createdAt
}
fragment CommitmentFields on Commitment {
  ...CommitmentSummaryFields
  current {
    ...CommitmentRevisionFields
  }
  revisions {
    ...CommitmentRevisionFields
  }
  actions {
    ...ActionFields
  }
}`) as unknown as TypedDocumentString<CreateCommitmentMutation, CreateCommitmentMutationVariables>;
export const UpdateCommitmentDocument = new TypedDocumentString(`
    mutation UpdateCommitment($input: UpdateCommitmentInput!) {
  updateCommitment(input: $input) {
    ...CommitmentFields
  }
}
    fragment ActionFields on Action {
  id
  commitmentId
  coalitionId
  organisationId
  title
  description
  categoryCode
  status
  startsOn
  dueOn
  budgetEuros
  people
  barriers
  levers
  partnerOrganisationIds
  partnerOrganisationNames
  planStakeCodes
  createdAt
  impacts {
    id
    quantity
    unit
    year
    method
    indicatorCode
  }
  progress {
    id
    reportedOn
    note
    percent
    createdAt
  }
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CommitmentRevisionFields on CommitmentRevision {
  revision
  title
  objective
  memberOrganisationIds
  memberOrganisationNames
  functioning
  firstActions
  planStakeCodes
  createdAt
}
fragment CommitmentFields on Commitment {
  ...CommitmentSummaryFields
  current {
    ...CommitmentRevisionFields
  }
  revisions {
    ...CommitmentRevisionFields
  }
  actions {
    ...ActionFields
  }
}`) as unknown as TypedDocumentString<UpdateCommitmentMutation, UpdateCommitmentMutationVariables>;
export const SubmitCommitmentDocument = new TypedDocumentString(`
    mutation SubmitCommitment($id: ID!) {
  submitCommitment(id: $id) {
    ...CommitmentFields
  }
}
    fragment ActionFields on Action {
  id
  commitmentId
  coalitionId
  organisationId
  title
  description
  categoryCode
  status
  startsOn
  dueOn
  budgetEuros
  people
  barriers
  levers
  partnerOrganisationIds
  partnerOrganisationNames
  planStakeCodes
  createdAt
  impacts {
    id
    quantity
    unit
    year
    method
    indicatorCode
  }
  progress {
    id
    reportedOn
    note
    percent
    createdAt
  }
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CommitmentRevisionFields on CommitmentRevision {
  revision
  title
  objective
  memberOrganisationIds
  memberOrganisationNames
  functioning
  firstActions
  planStakeCodes
  createdAt
}
fragment CommitmentFields on Commitment {
  ...CommitmentSummaryFields
  current {
    ...CommitmentRevisionFields
  }
  revisions {
    ...CommitmentRevisionFields
  }
  actions {
    ...ActionFields
  }
}`) as unknown as TypedDocumentString<SubmitCommitmentMutation, SubmitCommitmentMutationVariables>;
export const ValidateCommitmentDocument = new TypedDocumentString(`
    mutation ValidateCommitment($id: ID!) {
  validateCommitment(id: $id) {
    ...CommitmentFields
  }
}
    fragment ActionFields on Action {
  id
  commitmentId
  coalitionId
  organisationId
  title
  description
  categoryCode
  status
  startsOn
  dueOn
  budgetEuros
  people
  barriers
  levers
  partnerOrganisationIds
  partnerOrganisationNames
  planStakeCodes
  createdAt
  impacts {
    id
    quantity
    unit
    year
    method
    indicatorCode
  }
  progress {
    id
    reportedOn
    note
    percent
    createdAt
  }
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CommitmentRevisionFields on CommitmentRevision {
  revision
  title
  objective
  memberOrganisationIds
  memberOrganisationNames
  functioning
  firstActions
  planStakeCodes
  createdAt
}
fragment CommitmentFields on Commitment {
  ...CommitmentSummaryFields
  current {
    ...CommitmentRevisionFields
  }
  revisions {
    ...CommitmentRevisionFields
  }
  actions {
    ...ActionFields
  }
}`) as unknown as TypedDocumentString<ValidateCommitmentMutation, ValidateCommitmentMutationVariables>;
export const ReturnCommitmentDocument = new TypedDocumentString(`
    mutation ReturnCommitment($id: ID!, $comment: String!) {
  returnCommitment(id: $id, comment: $comment) {
    ...CommitmentFields
  }
}
    fragment ActionFields on Action {
  id
  commitmentId
  coalitionId
  organisationId
  title
  description
  categoryCode
  status
  startsOn
  dueOn
  budgetEuros
  people
  barriers
  levers
  partnerOrganisationIds
  partnerOrganisationNames
  planStakeCodes
  createdAt
  impacts {
    id
    quantity
    unit
    year
    method
    indicatorCode
  }
  progress {
    id
    reportedOn
    note
    percent
    createdAt
  }
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CommitmentRevisionFields on CommitmentRevision {
  revision
  title
  objective
  memberOrganisationIds
  memberOrganisationNames
  functioning
  firstActions
  planStakeCodes
  createdAt
}
fragment CommitmentFields on Commitment {
  ...CommitmentSummaryFields
  current {
    ...CommitmentRevisionFields
  }
  revisions {
    ...CommitmentRevisionFields
  }
  actions {
    ...ActionFields
  }
}`) as unknown as TypedDocumentString<ReturnCommitmentMutation, ReturnCommitmentMutationVariables>;
export const PublishCommitmentDocument = new TypedDocumentString(`
    mutation PublishCommitment($id: ID!) {
  publishCommitment(id: $id) {
    ...CommitmentFields
  }
}
    fragment ActionFields on Action {
  id
  commitmentId
  coalitionId
  organisationId
  title
  description
  categoryCode
  status
  startsOn
  dueOn
  budgetEuros
  people
  barriers
  levers
  partnerOrganisationIds
  partnerOrganisationNames
  planStakeCodes
  createdAt
  impacts {
    id
    quantity
    unit
    year
    method
    indicatorCode
  }
  progress {
    id
    reportedOn
    note
    percent
    createdAt
  }
}
fragment CommitmentSummaryFields on Commitment {
  id
  coalitionId
  organisationId
  status
  reviewComment
  currentRevision
  publishedRevision
  publishedAt
  createdAt
  authorName
  current {
    revision
    title
  }
}
fragment CommitmentRevisionFields on CommitmentRevision {
  revision
  title
  objective
  memberOrganisationIds
  memberOrganisationNames
  functioning
  firstActions
  planStakeCodes
  createdAt
}
fragment CommitmentFields on Commitment {
  ...CommitmentSummaryFields
  current {
    ...CommitmentRevisionFields
  }
  revisions {
    ...CommitmentRevisionFields
  }
  actions {
    ...ActionFields
  }
}`) as unknown as TypedDocumentString<PublishCommitmentMutation, PublishCommitmentMutationVariables>;
export const ActionDocument = new TypedDocumentString(`
    query Action($id: ID!) {
  action(id: $id) {
    ...ActionFields
  }
}
    fragment ActionFields on Action {
  id
  commitmentId
  coalitionId
  organisationId
  title
  description
  categoryCode
  status
  startsOn
  dueOn
  budgetEuros
  people
  barriers
  levers
  partnerOrganisationIds
  partnerOrganisationNames
  planStakeCodes
  createdAt
  impacts {
    id
    quantity
    unit
    year
    method
    indicatorCode
  }
  progress {
    id
    reportedOn
    note
    percent
    createdAt
  }
}`) as unknown as TypedDocumentString<ActionQuery, ActionQueryVariables>;
export const AddActionDocument = new TypedDocumentString(`
    mutation AddAction($input: AddActionInput!) {
  addAction(input: $input) {
    ...ActionFields
  }
}
    fragment ActionFields on Action {
  id
  commitmentId
  coalitionId
  organisationId
  title
  description
  categoryCode
  status
  startsOn
  dueOn
  budgetEuros
  people
  barriers
  levers
  partnerOrganisationIds
  partnerOrganisationNames
  planStakeCodes
  createdAt
  impacts {
    id
    quantity
    unit
    year
    method
    indicatorCode
  }
  progress {
    id
    reportedOn
    note
    percent
    createdAt
  }
}`) as unknown as TypedDocumentString<AddActionMutation, AddActionMutationVariables>;
export const UpdateActionDocument = new TypedDocumentString(`
    mutation UpdateAction($input: UpdateActionInput!) {
  updateAction(input: $input) {
    ...ActionFields
  }
}
    fragment ActionFields on Action {
  id
  commitmentId
  coalitionId
  organisationId
  title
  description
  categoryCode
  status
  startsOn
  dueOn
  budgetEuros
  people
  barriers
  levers
  partnerOrganisationIds
  partnerOrganisationNames
  planStakeCodes
  createdAt
  impacts {
    id
    quantity
    unit
    year
    method
    indicatorCode
  }
  progress {
    id
    reportedOn
    note
    percent
    createdAt
  }
}`) as unknown as TypedDocumentString<UpdateActionMutation, UpdateActionMutationVariables>;
export const RemoveActionDocument = new TypedDocumentString(`
    mutation RemoveAction($id: ID!) {
  removeAction(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveActionMutation, RemoveActionMutationVariables>;
export const AddActionProgressDocument = new TypedDocumentString(`
    mutation AddActionProgress($input: AddActionProgressInput!) {
  addActionProgress(input: $input) {
    id
    reportedOn
    note
    percent
    createdAt
  }
}
    `) as unknown as TypedDocumentString<AddActionProgressMutation, AddActionProgressMutationVariables>;
export const CommitmentsOverviewDocument = new TypedDocumentString(`
    query CommitmentsOverview($by: OverviewDimension!) {
  commitmentsOverview(by: $by) {
    code
    coalitionCount
    commitmentCount
    actionCount
    coalitions {
      id
      title
    }
    commitments {
      id
      title
    }
    actions {
      id
      title
    }
    impacts {
      unit
      quantity
    }
  }
}
    `) as unknown as TypedDocumentString<CommitmentsOverviewQuery, CommitmentsOverviewQueryVariables>;
export const ExportCommitmentsOverviewDocument = new TypedDocumentString(`
    query ExportCommitmentsOverview($by: OverviewDimension!, $format: ExportFormat) {
  exportCommitmentsOverview(by: $by, format: $format) {
    fileName
    mediaType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ExportCommitmentsOverviewQuery, ExportCommitmentsOverviewQueryVariables>;
export const PublicSiteDocument = new TypedDocumentString(`
    query PublicSite($slug: String!) {
  tenantBySlug(slug: $slug) {
    id
    publicCoalitions(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          objective
          perimeterKind
          perimeterCode
          stage
          members {
            id
            name
          }
        }
      }
    }
    publicCommitments(first: 100) {
      totalCount
      edges {
        node {
          id
          authorName
          publishedAt
          published {
            title
            objective
          }
        }
      }
    }
    publicOrganisations(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          typeCode
          city
          website
          description
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicSiteQuery, PublicSiteQueryVariables>;
export const PublicCoalitionDocument = new TypedDocumentString(`
    query PublicCoalition($slug: String!, $id: ID!) {
  tenantBySlug(slug: $slug) {
    id
    publicCoalition(id: $id) {
      id
      name
      objective
      perimeterKind
      perimeterCode
      stage
      createdAt
      stages {
        stage
        reachedOn
      }
      members {
        id
        name
      }
    }
    publicCommitments(first: 100) {
      edges {
        node {
          id
          coalitionId
          publishedAt
          published {
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicCoalitionQuery, PublicCoalitionQueryVariables>;
export const PublicCommitmentDocument = new TypedDocumentString(`
    query PublicCommitment($slug: String!, $id: ID!) {
  tenantBySlug(slug: $slug) {
    id
    publicCommitment(id: $id) {
      id
      coalitionId
      organisationId
      authorName
      publishedAt
      publishedRevision
      published {
        ...CommitmentRevisionFields
      }
      actions {
        ...PublicActionFields
      }
    }
  }
}
    fragment CommitmentRevisionFields on CommitmentRevision {
  revision
  title
  objective
  memberOrganisationIds
  memberOrganisationNames
  functioning
  firstActions
  planStakeCodes
  createdAt
}
fragment PublicActionFields on Action {
  id
  title
  description
  categoryCode
  status
  startsOn
  dueOn
  planStakeCodes
  impacts {
    id
    quantity
    unit
    year
  }
}`) as unknown as TypedDocumentString<PublicCommitmentQuery, PublicCommitmentQueryVariables>;