import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { provideAccessToken } from '../api/client';

/** The app's runtime configuration (/config.json): the identity provider to sign in with. */
export interface RuntimeConfig {
  authority: string;
  clientId: string;
  scope: string;
}

export type Role =
  | 'caseworker' | 'team-member' | 'centre-leader' | 'intake-worker' | 'catalogue-editor'
  | 'analyst' | 'dpo' | 'operator' | 'young-person' | 'guardian';

/** Who is signed in, as the services read it from the access token. */
export interface Person {
  id: string;
  name: string;
  roles: Role[];
  centre?: string;
  guardianOf: string[];
}

interface Session {
  person?: Person;
  signIn: () => Promise<void>;
  signOut: () => Promise<void>;
  completeSignIn: () => Promise<string>;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) {
    throw new Error('useSession outside SessionProvider');
  }
  return session;
}

/** Reads the access token's claims: only to choose what to show, the services decide what is allowed. */
export function personOf(accessToken: string): Person {
  const payload = accessToken.split('.')[1] ?? '';
  const json = new TextDecoder().decode(Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));
  const claims = JSON.parse(json) as Record<string, unknown>;
  return {
    id: String(claims.sub),
    name: typeof claims.name === 'string' ? claims.name : String(claims.sub),
    roles: Array.isArray(claims.roles) ? (claims.roles as Role[]) : [],
    centre: typeof claims.centre === 'string' ? claims.centre : undefined,
    guardianOf: Array.isArray(claims.guardian_of) ? (claims.guardian_of as string[]) : [],
  };
}

export function managerFor(config: RuntimeConfig): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${origin}/callback`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: config.scope,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
  });
}

export function SessionProvider({ manager, children }: { manager: UserManager; children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    manager.getUser().then((stored) => {
      setUser(stored && !stored.expired ? stored : null);
      setLoaded(true);
    });
    const loadedUser = (signedIn: User) => setUser(signedIn);
    manager.events.addUserLoaded(loadedUser);
    return () => manager.events.removeUserLoaded(loadedUser);
  }, [manager]);

  provideAccessToken(() => user?.access_token);

  const session = useMemo<Session>(() => ({
    person: user ? personOf(user.access_token) : undefined,
    signIn: () => manager.signinRedirect({ state: window.location.pathname + window.location.search }),
    signOut: async () => {
      await manager.removeUser();
      await manager.signoutRedirect({ id_token_hint: user?.id_token });
    },
    completeSignIn: async () => {
      const signedIn = await manager.signinRedirectCallback();
      setUser(signedIn);
      return typeof signedIn.state === 'string' ? signedIn.state : '/';
    },
  }), [manager, user]);

  return loaded ? <SessionContext.Provider value={session}>{children}</SessionContext.Provider> : null;
}
