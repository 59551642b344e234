import type { ApolloServerPlugin } from '@apollo/server';
import type { UnitOfWork } from '../database/unit-of-work';
import { RequestContext } from '../tenancy/request-context';

/**
 * Commits the request's transaction when the operation answered without errors, rolls it back
 * otherwise: a mutation that fails halfway leaves nothing behind, audit entry included.
 */
export function unitOfWorkPlugin(uow: UnitOfWork): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors }) {
          const state = RequestContext.current();
          if (!state) return;
          const body = response.body;
          const resultErrors = body.kind === 'single' ? body.singleResult.errors : undefined;
          const failed = (errors?.length ?? 0) > 0 || (resultErrors?.length ?? 0) > 0;
          await uow.finish(state, !failed);
        },
      };
    },
  };
}
