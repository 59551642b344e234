import { Module } from '@nestjs/common';

/** Coalitions: proposal and review, members, facilitators, mode of functioning, stages, public pages. */
@Module({ providers: [] })
export class CoalitionModule {}
