import Keycloak from 'keycloak-js';
import { languageTag } from './i18n.js';
import { signInAnswers, untilSignInAnswers } from './sign-in-outage.js';

/** Renew the access token when it has less than this many seconds to live. */
const MIN_VALIDITY_SECONDS = 30;

/** The query parameters Keycloak sends the browser back with (responseMode "query"). */
const CALLBACK_PARAMETERS = ['code', 'state', 'session_state', 'iss', 'error', 'error_description'];

/**
 * The signed-in user: Keycloak's authorization code flow with PKCE (S256) through the realm's public client,
 * started from the server's sign-in settings (/ui-config.json). The access token is renewed silently with the
 * refresh token, both when it expires and before each API call; when Keycloak refuses the renewal the user signs
 * in again. While Keycloak does not answer at all, the browser is never sent to it: the page says the sign-in
 * service is unavailable and retries with back-off (sign-in-outage.js), and a token that is still valid keeps
 * being used meanwhile, since the server may still be able to check it with the keys it holds.
 */
export class Session {

  static async start() {
    const response = await fetch('/ui-config.json');
    if (!response.ok) {
      throw new Error(`sign-in settings unavailable (${response.status})`);
    }
    const settings = await response.json();
    const discovery = `${settings.keycloak.url.replace(/\/+$/, '')}/realms/${settings.keycloak.realm}`
      + '/.well-known/openid-configuration';
    for (;;) {
      await untilSignInAnswers(discovery);
      const keycloak = new Keycloak(settings.keycloak);
      const session = new Session(keycloak, discovery);
      // Before init: keycloak-js sets its expiry timer as it stores the token, and only if this handler exists.
      keycloak.onTokenExpired = () => session.renew().catch(() => session.afterFailedRenewal());
      try {
        await keycloak.init({
          onLoad: 'login-required',
          pkceMethod: 'S256',
          responseMode: 'query',
          checkLoginIframe: false,
          locale: languageTag(),
        });
        return session;
      } catch (failure) {
        if (await signInAnswers(discovery)) {
          throw failure;
        }
        // Keycloak went away between the redirect and the code exchange: start over once it is back.
        forgetCallback();
      }
    }
  }

  constructor(keycloak, discovery) {
    this.keycloak = keycloak;
    this.discovery = discovery;
    this.recovery = null;
  }

  get username() {
    return this.keycloak.tokenParsed?.preferred_username ?? '';
  }

  get displayName() {
    return this.keycloak.tokenParsed?.name || this.username;
  }

  /** A token good for at least half a minute, renewed first if needed; waits out an outage of Keycloak. */
  async token() {
    try {
      await this.renew();
    } catch {
      if (!this.stillValid()) {
        await this.afterFailedRenewal();
      }
    }
    return this.keycloak.token;
  }

  renew() {
    return this.keycloak.updateToken(MIN_VALIDITY_SECONDS);
  }

  /**
   * Keycloak answers but refused the renewal (the session ended): sign in again. Keycloak does not answer: wait,
   * saying so, until it does, then renew. Concurrent callers share one wait.
   */
  afterFailedRenewal() {
    this.recovery ??= (async () => {
      if (await signInAnswers(this.discovery)) {
        await this.signInAgain();
        return;
      }
      await untilSignInAnswers(this.discovery);
      await this.renew().catch(() => this.signInAgain());
    })().finally(() => { this.recovery = null; });
    return this.recovery;
  }

  stillValid() {
    return Boolean(this.keycloak.token) && !this.keycloak.isTokenExpired(5);
  }

  signInAgain() {
    return this.keycloak.login({ locale: languageTag() });
  }

  signOut() {
    return this.keycloak.logout({ redirectUri: new URL('/app/', location.href).href });
  }
}

/** Removes a spent sign-in answer from the address, so the next attempt starts a fresh sign-in. */
function forgetCallback() {
  const url = new URL(location.href);
  CALLBACK_PARAMETERS.forEach((name) => url.searchParams.delete(name));
  history.replaceState(history.state, '', url.href);
}
