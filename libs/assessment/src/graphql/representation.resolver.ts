import { Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { RepresentationService } from '../representation/representation.service';

@ObjectType('AssessmentOrganisation', {
  description:
    'An organisation the viewer represents, as assessment knows it (names and codes from community).',
})
export class AssessmentOrganisationModel {
  @Field(() => ID, { description: 'The organisation’s id in community.' })
  id: string;

  @Field({ description: 'Its name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Organisation type code, e.g. `ENTREPRISES`.' })
  organisationType: string | null;

  @Field(() => String, { nullable: true, description: 'Sector code.' })
  sector: string | null;
}

@Resolver(() => AssessmentOrganisationModel)
export class RepresentationResolver {
  constructor(private readonly service: RepresentationService) {}

  @Query(() => [AssessmentOrganisationModel], {
    description: 'The organisations the viewer represents in the current territory, to assess them.',
  })
  async myAssessmentOrganisations(): Promise<AssessmentOrganisationModel[]> {
    return (await this.service.mine()).map((r) => ({
      id: r.organisationId,
      name: r.organisationName,
      organisationType: r.organisationType,
      sector: r.sector,
    }));
  }
}
