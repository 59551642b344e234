import { Injectable } from '@nestjs/common';
import { RequestContext, TenantRepository, UnitOfWork, type Page, type PageArgs } from '@alliance/platform';
import { AssessmentAnswer, SelfAssessment, SelfAssessmentStatus } from './self-assessment.entity';

@Injectable()
export class SelfAssessmentRepository extends TenantRepository<SelfAssessment> {
  constructor(uow: UnitOfWork) {
    super(uow, SelfAssessment);
  }

  /** An organisation's assessments, oldest first; `authorUserId` narrows them to one person's. */
  async pageOfOrganisation(
    organisationId: string,
    authorUserId: string | null,
    args: PageArgs,
  ): Promise<Page<SelfAssessment>> {
    const qb = (await this.query('a')).andWhere('a.organisationId = :organisationId', { organisationId });
    if (authorUserId) qb.andWhere('a.authorUserId = :authorUserId', { authorUserId });
    return this.page(qb, 'a', args);
  }

  /** Every submitted assessment of these organisations, newest first, to find each one's predecessor. */
  async submittedOf(organisationIds: readonly string[]): Promise<SelfAssessment[]> {
    if (organisationIds.length === 0) return [];
    return (await this.query('a'))
      .andWhere('a.organisationId in (:...ids)', { ids: [...organisationIds] })
      .andWhere('a.status = :status', { status: SelfAssessmentStatus.SUBMITTED })
      .orderBy('a.submittedAt', 'DESC')
      .getMany();
  }
}

@Injectable()
export class AnswerRepository extends TenantRepository<AssessmentAnswer> {
  constructor(uow: UnitOfWork) {
    super(uow, AssessmentAnswer);
  }

  async ofAssessments(assessmentIds: readonly string[]): Promise<AssessmentAnswer[]> {
    if (assessmentIds.length === 0) return [];
    return (await this.query('a'))
      .andWhere('a.assessmentId in (:...ids)', { ids: [...assessmentIds] })
      .orderBy('a.criterionCode', 'ASC')
      .getMany();
  }

  /** Writes answers in one statement; an answer given again replaces the previous one. */
  async upsert(
    assessmentId: string,
    answers: Pick<
      AssessmentAnswer,
      'criterionCode' | 'level' | 'notConcerned' | 'comment' | 'evidenceLinks'
    >[],
  ): Promise<void> {
    if (answers.length === 0) return;
    const tenantId = RequestContext.tenantId();
    await (
      await this.manager()
    )
      .createQueryBuilder()
      .insert()
      .into(AssessmentAnswer)
      .values(answers.map((a) => ({ ...a, tenantId, assessmentId })))
      .orUpdate(
        ['level', 'not_concerned', 'comment', 'evidence_links'],
        ['tenant_id', 'assessment_id', 'criterion_code'],
      )
      .execute();
  }
}
