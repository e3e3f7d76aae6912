import Keycloak from 'keycloak-js';
import { languageTag } from './i18n.js';

/** Renew the access token when it has less than this many seconds to live. */
const MIN_VALIDITY_SECONDS = 30;

/**
 * The signed-in user: Keycloak's authorization code flow with PKCE (S256) through the realm's public client,
 * started from the server's sign-in settings (/ui-config.json). The access token is renewed silently with the
 * refresh token, both when it expires and before each API call; when renewal fails the user signs in again.
 */
export class Session {

  static async start() {
    const response = await fetch('/ui-config.json');
    if (!response.ok) {
      throw new Error(`sign-in settings unavailable (${response.status})`);
    }
    const settings = await response.json();
    const keycloak = new Keycloak(settings.keycloak);
    const session = new Session(keycloak);
    keycloak.onTokenExpired = () => session.renew().catch(() => session.signInAgain());
    await keycloak.init({
      onLoad: 'login-required',
      pkceMethod: 'S256',
      responseMode: 'query',
      checkLoginIframe: false,
      locale: languageTag(),
    });
    return session;
  }

  constructor(keycloak) {
    this.keycloak = keycloak;
  }

  get username() {
    return this.keycloak.tokenParsed?.preferred_username ?? '';
  }

  get displayName() {
    return this.keycloak.tokenParsed?.name || this.username;
  }

  /** A token good for at least half a minute, renewed first if needed. */
  async token() {
    await this.renew();
    return this.keycloak.token;
  }

  renew() {
    return this.keycloak.updateToken(MIN_VALIDITY_SECONDS);
  }

  signInAgain() {
    return this.keycloak.login({ locale: languageTag() });
  }

  signOut() {
    return this.keycloak.logout({ redirectUri: new URL('/app/', location.href).href });
  }
}
