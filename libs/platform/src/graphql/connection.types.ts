import { Directive, Field, ObjectType } from '@nestjs/graphql';

// Every subgraph pages its lists with this same type, so each may resolve it.
@ObjectType({ description: 'Where a page of a list ends, to ask for the next one.' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor: string | null;
}
