import { Module } from '@nestjs/common';

/** Organisations and the directory, coalitions, commitments and actions. */
@Module({
  providers: [],
})
export class CommunityModule {}
