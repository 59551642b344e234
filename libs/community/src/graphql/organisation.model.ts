import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * An organisation of the territory, as every part of the community subgraph shows it. Its own resolvers
 * (representatives, coalitions…) live beside the aggregate that owns them.
 */
@ObjectType('Organisation', { description: 'An actor of the territory: company, association, public body…' })
export class OrganisationModel {
  @Field(() => ID, { description: 'Identifier of the organisation.' })
  id: string;
  @Field({ description: 'Name.' })
  name: string;
  @Field({ description: 'Code of one of the territory’s organisation types.' })
  typeCode: string;
  @Field(() => String, { nullable: true, description: 'SIREN (9 digits), when known.' })
  siren: string | null;
  @Field(() => String, { nullable: true, description: 'SIRET (14 digits), when known.' })
  siret: string | null;
  @Field(() => [String], { description: 'Sector codes of the territory.' })
  sectorCodes: string[];
  @Field(() => [String], { description: 'Zone codes of the territory.' })
  zoneCodes: string[];
  @Field(() => String, { nullable: true, description: 'Size band, e.g. `10-49` employees.' })
  sizeBand: string | null;
  @Field(() => String, { nullable: true, description: 'Street address.' })
  address: string | null;
  @Field(() => String, { nullable: true, description: 'Postcode.' })
  postcode: string | null;
  @Field(() => String, { nullable: true, description: 'City.' })
  city: string | null;
  @Field(() => String, { nullable: true, description: 'Website, http(s).' })
  website: string | null;
  @Field(() => String, { nullable: true, description: 'What it does.' })
  description: string | null;
  @Field({ description: 'True when it appears on the territory’s public pages.' })
  publicProfile: boolean;
  @Field({ description: 'When it was registered.' })
  createdAt: Date;
}
