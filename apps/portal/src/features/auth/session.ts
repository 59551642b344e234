// The session: access token in memory, refresh token in localStorage, the viewer it belongs to.
// Framework-free; React reads it through useSession() (useSyncExternalStore).
import { execute } from '../../graphql/client';
import { ApiError, NetworkError } from '../../graphql/errors';
import {
  LoginDocument,
  LogoutDocument,
  RefreshSessionDocument,
  SwitchTenantDocument,
  AcceptInvitationDocument,
  type LoginMutation,
  type AcceptInvitationInput,
  type LoginInput,
  type TypedDocumentString,
  type ViewerFieldsFragment,
} from '../../graphql/graphql.generated';

export const REFRESH_TOKEN_KEY = 'alliance.refreshToken';

/** What login, refreshSession, switchTenant and acceptInvitation all return. */
export type AuthPayload = LoginMutation['login'];

export type SessionStatus = 'restoring' | 'anonymous' | 'authenticated' | 'unreachable';

export interface SessionState {
  status: SessionStatus;
  viewer?: ViewerFieldsFragment;
}

type Listener = () => void;

let state: SessionState = { status: 'restoring' };
let accessToken: string | undefined;
let refreshing: Promise<boolean> | undefined;
let onExpired: (() => void) | undefined;
const listeners = new Set<Listener>();

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

function storedRefreshToken(): string | undefined {
  try {
    return localStorage.getItem(REFRESH_TOKEN_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function storeRefreshToken(token: string | undefined): void {
  try {
    if (token) localStorage.setItem(REFRESH_TOKEN_KEY, token);
    else localStorage.removeItem(REFRESH_TOKEN_KEY);
  } catch {
    // Private browsing may refuse storage: the session then lasts as long as the page.
  }
}

export const session = {
  getState: (): SessionState => state,

  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  /** Called when a request needs a session that cannot be renewed; the router sends the person to login. */
  setExpiredHandler(handler: (() => void) | undefined): void {
    onExpired = handler;
  },

  /** Keeps what an auth mutation returned. */
  apply(payload: AuthPayload): ViewerFieldsFragment {
    accessToken = payload.accessToken;
    storeRefreshToken(payload.refreshToken);
    setState({ status: 'authenticated', viewer: payload.viewer });
    return payload.viewer;
  },

  /** Replaces the viewer after a change that does not issue new tokens (profile). */
  updateViewer(update: (viewer: ViewerFieldsFragment) => ViewerFieldsFragment): void {
    if (state.viewer) setState({ ...state, viewer: update(state.viewer) });
  },

  clear(): void {
    accessToken = undefined;
    storeRefreshToken(undefined);
    setState({ status: 'anonymous' });
  },

  /** At start-up: renews the session from the stored refresh token, if any. */
  async restore(): Promise<void> {
    if (!storedRefreshToken()) {
      setState({ status: 'anonymous' });
      return;
    }
    const ok = await session.refresh();
    if (!ok && state.status === 'restoring') setState({ status: 'anonymous' });
  },

  /**
   * Exchanges the refresh token for new tokens. Concurrent callers share one request, because the
   * refresh token rotates: a second refresh with the same token would fail.
   */
  refresh(): Promise<boolean> {
    refreshing ??= (async () => {
      const refreshToken = storedRefreshToken();
      if (!refreshToken) return false;
      try {
        const data = await execute(RefreshSessionDocument, { refreshToken });
        session.apply(data.refreshSession);
        return true;
      } catch (error) {
        if (error instanceof NetworkError) {
          // Keep the refresh token: the server may come back.
          if (state.status === 'restoring') setState({ status: 'unreachable' });
          throw error;
        }
        session.clear();
        return false;
      }
    })().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  },

  async login(input: LoginInput): Promise<ViewerFieldsFragment> {
    const data = await execute(LoginDocument, { input });
    return session.apply(data.login);
  },

  async acceptInvitation(input: AcceptInvitationInput): Promise<ViewerFieldsFragment> {
    const data = await execute(AcceptInvitationDocument, { input });
    return session.apply(data.acceptInvitation);
  },

  async switchTenant(tenantSlug: string): Promise<ViewerFieldsFragment> {
    const data = await request(SwitchTenantDocument, { tenantSlug });
    return session.apply(data.switchTenant);
  },

  async logout(): Promise<void> {
    const refreshToken = storedRefreshToken();
    session.clear();
    if (!refreshToken) return;
    try {
      await execute(LogoutDocument, { refreshToken });
    } catch {
      // The tokens are gone from this browser; the refresh token expires on its own.
    }
  },
};

/**
 * Sends an operation as the signed-in person. On UNAUTHENTICATED it renews the session once and
 * retries; if that fails, the session ends and the expired handler sends the person to login.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  try {
    return await execute(document, variables, { accessToken, signal });
  } catch (error) {
    if (!(error instanceof ApiError) || !error.hasCode('UNAUTHENTICATED')) throw error;
    const renewed = await session.refresh();
    if (renewed) {
      try {
        return await execute(document, variables, { accessToken, signal });
      } catch (retryError) {
        if (!(retryError instanceof ApiError) || !retryError.hasCode('UNAUTHENTICATED')) throw retryError;
      }
    }
    session.clear();
    onExpired?.();
    throw error;
  }
}
