import { Module } from '@nestjs/common';

/** Organisations, their representatives and join requests, the directory and its imports and exports. */
@Module({ providers: [] })
export class OrganisationModule {}
