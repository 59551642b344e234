import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { bearerToken, InvalidTokenError, TokenVerifier } from '../auth/token-verifier';
import { isRevoked } from '../auth/revocations';
import { UnitOfWork } from '../database/unit-of-work';
import { RequestContext, type RequestContextState } from './request-context';

/**
 * Opens the request's context: the caller comes from the verified token (never from a header alone),
 * the tenant from the token's scope. A bad or revoked token is kept as an error for the resolvers that
 * need a caller; public queries still answer.
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  constructor(
    private readonly verifier: TokenVerifier,
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const forwarded = req.headers['x-forwarded-for'];
    const clientAddress =
      (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim() ||
      req.socket.remoteAddress;
    const locale = /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'fr';
    const state: RequestContextState = { locale, clientAddress };
    const token = bearerToken(req.headers.authorization);
    if (token) {
      try {
        const claims = await this.verifier.verify(token);
        if (await isRevoked(this.dataSource, claims)) {
          throw new InvalidTokenError('Votre session a été fermée : reconnectez-vous.');
        }
        state.claims = claims;
        state.tenantId = claims.tenantId;
      } catch (error) {
        state.authError =
          error instanceof InvalidTokenError ? error : new InvalidTokenError('Jeton d’accès invalide.');
      }
    }
    // Whatever happens to the response, the connection goes back to the pool.
    res.on('close', () => void this.uow.finish(state, false));
    RequestContext.run(state, () => next());
  }
}
