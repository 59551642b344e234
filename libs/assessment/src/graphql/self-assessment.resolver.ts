import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { encodeCursor, RequestContext } from '@alliance/platform';
import { type AssessmentAnswer, type SelfAssessment } from '../self-assessment/self-assessment.entity';
import { AnswerRepository, SelfAssessmentRepository } from '../self-assessment/self-assessment.repository';
import { SelfAssessmentService } from '../self-assessment/self-assessment.service';
import { ReferentialLoaders } from './referential.loaders';
import {
  CarryOverLineModel,
  AnswerModel,
  AssessmentScoreModel,
  SelfAssessmentConnection,
  SelfAssessmentModel,
} from './self-assessment.models';
import { SaveAnswersInput, StartSelfAssessmentInput } from './self-assessment.inputs';
import { RecommendationModel } from './toolbox.models';
import { AssessmentBenchmarkModel, DomainDistributionModel } from './benchmark.models';
import { BenchmarkService } from '../benchmark/benchmark.service';
import type { ResourceLink, ToolboxResource } from '../toolbox/toolbox.entity';
import { ResourceLinkRepository, ToolboxResourceRepository } from '../toolbox/toolbox.repository';

const diff = (a: number | null | undefined, b: number | null | undefined) =>
  a === null || a === undefined || b === null || b === undefined ? null : Math.round((a - b) * 100) / 100;

@Resolver(() => SelfAssessmentModel)
export class SelfAssessmentResolver {
  constructor(
    private readonly service: SelfAssessmentService,
    private readonly assessments: SelfAssessmentRepository,
    private readonly answerRows: AnswerRepository,
    private readonly loaders: ReferentialLoaders,
    private readonly links: ResourceLinkRepository,
    private readonly resources: ToolboxResourceRepository,
    private readonly benchmarks: BenchmarkService,
  ) {}

  @Query(() => [DomainDistributionModel], {
    description: 'The territory’s score distribution per domain on a referential (admins, animators).',
  })
  referentialDistribution(
    @Args('referentialId', { type: () => ID, description: 'The referential.' }) referentialId: string,
  ) {
    return this.benchmarks.distribution(referentialId);
  }

  @ResolveField(() => AssessmentBenchmarkModel, {
    description: 'Medians of its sector and type in the territory, each shown from five organisations.',
  })
  benchmark(@Parent() assessment: SelfAssessment) {
    return this.benchmarks.forAssessment(assessment);
  }

  @Query(() => SelfAssessmentModel, {
    description: 'One self-assessment; readable by its author and the territory’s admins and animators.',
  })
  selfAssessment(@Args('id', { type: () => ID, description: 'The assessment.' }) id: string) {
    return this.service.get(id);
  }

  @Query(() => SelfAssessmentConnection, {
    description: 'An organisation’s self-assessments, oldest first: all for staff, one’s own for a member.',
  })
  async selfAssessments(
    @Args('organisationId', { type: () => ID, description: 'The organisation.' }) organisationId: string,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100.' }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string,
  ): Promise<SelfAssessmentConnection> {
    const page = await this.service.list(organisationId, { first: first ?? 20, after });
    return {
      edges: page.items.map((a) => ({ cursor: encodeCursor(a.createdAt, a.id), node: a })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @Query(() => [CarryOverLineModel], {
    description:
      'How an assessment’s answers carry over to another version of its referential, by criterion code.',
  })
  assessmentCarryOver(
    @Args('assessmentId', { type: () => ID, description: 'The assessment.' }) assessmentId: string,
    @Args('versionId', { type: () => ID, description: 'The other version.' }) versionId: string,
  ) {
    return this.service.carryOver(assessmentId, versionId);
  }

  @Mutation(() => SelfAssessmentModel, {
    description: 'Starts an organisation’s assessment on a published version, or resumes its open draft.',
  })
  startSelfAssessment(
    @Args('input', { description: 'Organisation and version.' }) input: StartSelfAssessmentInput,
  ) {
    return this.service.start(input);
  }

  @Mutation(() => SelfAssessmentModel, { description: 'Saves answers into a draft (its author only).' })
  saveAssessmentAnswers(@Args('input', { description: 'The answers.' }) input: SaveAnswersInput) {
    return this.service.saveAnswers(input.assessmentId, input.answers);
  }

  @Mutation(() => SelfAssessmentModel, {
    description: 'Submits a draft: it is scored and frozen. Submitting twice is refused.',
  })
  submitSelfAssessment(@Args('id', { type: () => ID, description: 'The draft assessment.' }) id: string) {
    return this.service.submit(id);
  }

  @ResolveField(() => [AnswerModel], { description: 'The answers given so far.' })
  answers(@Parent() assessment: SelfAssessment) {
    return this.answersOf(assessment.id);
  }

  @ResolveField(() => SelfAssessmentModel, {
    nullable: true,
    description: 'The organisation’s previous submission on the same referential, if any.',
  })
  previous(@Parent() assessment: SelfAssessment) {
    return this.previousOf(assessment);
  }

  @ResolveField(() => AssessmentScoreModel, {
    description: 'Scores per node and overall (live for a draft, as submitted otherwise).',
  })
  async score(@Parent() assessment: SelfAssessment): Promise<AssessmentScoreModel> {
    // Each loader batches across the list; awaited in turn because a transaction is one connection.
    const nodes = await this.loaders.nodesOf(assessment.versionId);
    const scale = await this.loaders.scaleOf(assessment.versionId);
    const answers = await this.answersOf(assessment.id);
    const previous = await this.previousOf(assessment);
    const live = await this.service.score(assessment, { nodes, scale, answers });
    const stored = assessment.nodeScores;
    const before = previous?.nodeScores ?? null;
    const overall = assessment.overallScore ?? live.overall;
    return {
      overall,
      overallChange: diff(overall, previous?.overallScore),
      nodes: nodes.map((node) => {
        const own = live.nodes.get(node.code);
        const score = stored ? (stored[node.code] ?? null) : (own?.score ?? null);
        return {
          code: node.code,
          score,
          answered: own?.answered ?? 0,
          counted: own?.counted ?? 0,
          change: diff(score, before?.[node.code]),
        };
      }),
    };
  }

  @ResolveField(() => [RecommendationModel], {
    description: 'Toolbox resources its answers call for, criterion by criterion.',
  })
  async recommendations(@Parent() assessment: SelfAssessment): Promise<RecommendationModel[]> {
    const links = await RequestContext.perRequest(
      'assessment.linksOf',
      () =>
        new DataLoader<string, ResourceLink[]>(async (ids) => {
          const rows = await this.links.ofReferentials(ids);
          return ids.map((id) => rows.filter((r) => r.referentialId === id));
        }),
    ).load(assessment.referentialId);
    const answers = await this.answersOf(assessment.id);
    const levels = new Map(
      answers.filter((a) => a.level !== null).map((a) => [a.criterionCode, a.level as number]),
    );
    const due = links.filter((l) => {
      const level = levels.get(l.criterionCode);
      return level !== undefined && level <= l.maxLevel;
    });
    const loader = RequestContext.perRequest(
      'assessment.resourceById',
      () =>
        new DataLoader<string, ToolboxResource | null>(async (ids) => {
          const rows = await this.resources.findByIds(ids);
          return ids.map((id) => rows.find((r) => r.id === id) ?? null);
        }),
    );
    const resources = await loader.loadMany(due.map((l) => l.resourceId));
    return due.flatMap((l, i) => {
      const resource = resources[i];
      const level = levels.get(l.criterionCode);
      return resource && !(resource instanceof Error) && level !== undefined
        ? [{ criterionCode: l.criterionCode, level, resource }]
        : [];
    });
  }

  private answersOf(assessmentId: string): Promise<AssessmentAnswer[]> {
    return RequestContext.perRequest(
      'assessment.answersOf',
      () =>
        new DataLoader<string, AssessmentAnswer[]>(async (ids) => {
          const rows = await this.answerRows.ofAssessments(ids);
          return ids.map((id) => rows.filter((r) => r.assessmentId === id));
        }),
    ).load(assessmentId);
  }

  /** The latest submission before this one (before now for a draft), of the same organisation and referential. */
  private async previousOf(assessment: SelfAssessment): Promise<SelfAssessment | null> {
    const submitted = await RequestContext.perRequest(
      'assessment.submittedOf',
      () =>
        new DataLoader<string, SelfAssessment[]>(async (ids) => {
          const rows = await this.assessments.submittedOf(ids);
          return ids.map((id) => rows.filter((r) => r.organisationId === id));
        }),
    ).load(assessment.organisationId);
    const until = assessment.submittedAt ?? new Date(8.64e15);
    return (
      submitted.find(
        (s) =>
          s.id !== assessment.id &&
          s.referentialId === assessment.referentialId &&
          s.submittedAt !== null &&
          s.submittedAt < until,
      ) ?? null
    );
  }
}
