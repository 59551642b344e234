import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@alliance/platform';
import { OrganisationModel } from './organisation.model';

@ObjectType('OrganisationEdge', { description: 'One organisation in a page of the directory.' })
export class OrganisationEdge {
  @Field({ description: 'Cursor of this item.' })
  cursor: string;
  @Field(() => OrganisationModel, { description: 'The item.' })
  node: OrganisationModel;
}

@ObjectType('OrganisationConnection', { description: 'A page of the directory.' })
export class OrganisationConnection {
  @Field(() => [OrganisationEdge], { description: 'The items of this page.' })
  edges: OrganisationEdge[];
  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
  @Field(() => Int, { description: 'How many organisations match the filter.' })
  totalCount: number;
}

export enum JoinRequestStatusValue {
  PENDING = 'pending',
  APPROVED = 'approved',
  REFUSED = 'refused',
}
registerEnumType(JoinRequestStatusValue, {
  name: 'JoinRequestStatus',
  description: 'Where a request to represent an organisation stands.',
  valuesMap: {
    PENDING: { description: 'Waiting for a representative or an animator.' },
    APPROVED: { description: 'Accepted: the person represents the organisation.' },
    REFUSED: { description: 'Refused.' },
  },
});

@ObjectType('OrganisationJoinRequest', { description: 'A member’s request to represent an organisation.' })
export class JoinRequestModel {
  @Field(() => ID, { description: 'Identifier of the request.' })
  id: string;
  @Field(() => ID, { description: 'The organisation.' })
  organisationId: string;
  @Field(() => ID, { description: 'The person asking.' })
  userId: string;
  @Field(() => String, { nullable: true, description: 'Their word for the representatives.' })
  message: string | null;
  @Field(() => JoinRequestStatusValue, { description: 'Pending, approved or refused.' })
  status: JoinRequestStatusValue;
  @Field(() => Date, { nullable: true, description: 'When it was decided.' })
  decidedAt: Date | null;
  @Field({ description: 'When it was made.' })
  createdAt: Date;
}

@ObjectType('OrganisationJoinRequestEdge', { description: 'One request in a page.' })
export class JoinRequestEdge {
  @Field({ description: 'Cursor of this item.' })
  cursor: string;
  @Field(() => JoinRequestModel, { description: 'The item.' })
  node: JoinRequestModel;
}

@ObjectType('OrganisationJoinRequestConnection', {
  description: 'A page of requests to represent organisations.',
})
export class JoinRequestConnection {
  @Field(() => [JoinRequestEdge], { description: 'The items of this page.' })
  edges: JoinRequestEdge[];
  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
  @Field(() => Int, { description: 'How many requests are pending.' })
  totalCount: number;
}

export enum OrganisationImportStatusValue {
  QUEUED = 'queued',
  RUNNING = 'running',
  DONE = 'done',
  FAILED = 'failed',
}
registerEnumType(OrganisationImportStatusValue, {
  name: 'OrganisationImportStatus',
  description: 'Where an import of organisations stands.',
  valuesMap: {
    QUEUED: { description: 'Waiting for the worker.' },
    RUNNING: { description: 'Rows being read and written.' },
    DONE: { description: 'Every row processed: valid ones kept, faulty ones reported.' },
    FAILED: { description: 'Stopped by an unexpected fault.' },
  },
});

@ObjectType('OrganisationImportError', { description: 'A faulty row of an imported file.' })
export class OrganisationImportErrorModel {
  @Field(() => Int, { description: 'Line of the file, the header being line 1.' })
  line: number;
  @Field(() => String, { nullable: true, description: 'Column at fault, e.g. `siret`.' })
  field: string | null;
  @Field({ description: 'What is wrong, in French.' })
  message: string;
}

@ObjectType('OrganisationImport', { description: 'A CSV import of organisations: progress and report.' })
export class OrganisationImportModel {
  @Field(() => ID, { description: 'Identifier of the import.' })
  id: string;
  @Field({ description: 'Name of the imported file.' })
  fileName: string;
  @Field(() => OrganisationImportStatusValue, { description: 'Queued, running, done or failed.' })
  status: OrganisationImportStatusValue;
  @Field(() => Int, { description: 'Data rows in the file (0 until the worker reads it).' })
  totalRows: number;
  @Field(() => Int, { description: 'Rows processed so far.' })
  processedRows: number;
  @Field(() => Int, { description: 'Organisations added to the directory.' })
  createdRows: number;
  @Field(() => Int, { description: 'Valid rows skipped because the organisation was already there.' })
  skippedRows: number;
  @Field(() => [OrganisationImportErrorModel], { description: 'Faulty rows, each with its line and field.' })
  errors: OrganisationImportErrorModel[];
  @Field({ description: 'When it was started.' })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When the worker finished it.' })
  finishedAt: Date | null;
}
