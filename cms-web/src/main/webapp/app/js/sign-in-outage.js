import { t } from './i18n.js';

/**
 * Waits, with a message on the page, until the sign-in service (Keycloak) answers again. While it does not answer,
 * sending the browser to it would only show a dead page (and, on the way back, start over), so the page stays here,
 * says what is going on and tries again after 2, 4, 8, 16, 30 and then every 60 seconds, or at once on "Try now".
 */

const RETRY_SECONDS = [2, 4, 8, 16, 30, 60];
const PROBE_TIMEOUT_MILLIS = 5000;

/**
 * True when something answers at the realm's discovery URL. An opaque ("no-cors") request is enough to tell a
 * network failure (refused, unreachable, timed out) from an answer, without needing CORS from Keycloak.
 */
export async function signInAnswers(discoveryUrl) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), PROBE_TIMEOUT_MILLIS);
  try {
    await fetch(discoveryUrl, { mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal: abort.signal });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves once {@link signInAnswers}; shows the outage message meanwhile and removes it after. */
export async function untilSignInAnswers(discoveryUrl) {
  for (let attempt = 0; !(await signInAnswers(discoveryUrl)); attempt++) {
    const seconds = RETRY_SECONDS[Math.min(attempt, RETRY_SECONDS.length - 1)];
    await waitShowing(seconds);
  }
  notice()?.remove();
}

function notice() {
  return document.querySelector('[data-testid="sign-in-unavailable"]');
}

/** Shows the message counting down {@code seconds}; resolves when they are over or "Try now" is pressed. */
function waitShowing(seconds) {
  let element = notice();
  if (!element) {
    element = document.createElement('div');
    element.className = 'sign-in-outage';
    element.setAttribute('role', 'alert');
    element.dataset.testid = 'sign-in-unavailable';
    element.innerHTML = '<p class="sign-in-outage-title"></p><p class="sign-in-outage-retry" aria-live="off"></p>'
      + '<button type="button"></button>';
    document.body.prepend(element);
  }
  element.querySelector('.sign-in-outage-title').textContent = t('signIn.unavailable');
  const retry = element.querySelector('.sign-in-outage-retry');
  const button = element.querySelector('button');
  button.textContent = t('signIn.retryNow');
  return new Promise((resolve) => {
    let left = seconds;
    const show = () => { retry.textContent = t('signIn.retryingIn', { seconds: left }); };
    show();
    const ticker = setInterval(() => {
      left -= 1;
      if (left <= 0) {
        done();
      } else {
        show();
      }
    }, 1000);
    function done() {
      clearInterval(ticker);
      button.onclick = null;
      retry.textContent = t('signIn.retrying');
      resolve();
    }
    button.onclick = done;
  });
}
