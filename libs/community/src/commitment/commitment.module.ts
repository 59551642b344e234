import { Module } from '@nestjs/common';

/** Commitments and their revisions, actions with their impacts and progress, the animators' overview. */
@Module({ providers: [] })
export class CommitmentModule {}
