import { html, nothing } from 'lit';
import { LightElement } from './light-element.js';
import { LANGUAGES, currentLanguage, loadLanguage, t } from './i18n.js';
import { currentRoute } from './router.js';
import './screens/home-screen.js';
import './screens/issue-screen.js';
import './screens/item-screen.js';
import './screens/translation-screen.js';
import './screens/review-screen.js';
import './screens/preview-screen.js';
import './screens/sources-screen.js';
import './screens/source-screen.js';
import './screens/media-screen.js';
import './screens/picture-screen.js';
import { may } from './roles.js';

/** The application frame: who is signed in, the language switch, sign-out, and the screen the URL names. */
class BulletinApp extends LightElement {

  static properties = {
    me: { attribute: false },
    session: { attribute: false },
    route: { state: true },
  };

  createRenderRoot() {
    this.replaceChildren(); // the page's "loading" text, shown until the modules have run
    return super.createRenderRoot();
  }

  constructor() {
    super();
    this.route = currentRoute();
    window.addEventListener('hashchange', () => {
      this.route = currentRoute();
      window.scrollTo(0, 0);
    });
  }

  render() {
    if (!this.me || !this.session) {
      return html`<p class="loading" role="status">${t('app.loading')}</p>`;
    }
    return html`
      <a class="skip-link" href="#main">${t('app.skipToContent')}</a>
      <header class="app-header">
        <a class="brand" href="#/">${t('app.title')}</a>
        ${may(this.me, 'editor') || may(this.me, 'translator') ? html`
          <nav class="app-nav" aria-label=${t('nav.main')}>
            <a href="#/" aria-current=${this.route.screen === 'home' ? 'page' : 'false'}>${t('nav.home')}</a>
            <a href="#/sources" aria-current=${this.route.screen.startsWith('source') ? 'page' : 'false'}>${t('nav.sources')}</a>
          </nav>` : nothing}
        <div class="who">
          <span data-testid="signed-in-user">${this.session.displayName}</span>
          <span class="roles">(${this.me.roles.map((role) => t(`role.${role}`)).join(', ')})</span>
        </div>
        <div class="language" role="group" aria-label=${t('app.language')}>
          ${LANGUAGES.map((language) => html`
            <button type="button" lang=${language === 'zh' ? 'zh-CN' : 'en'}
                    aria-pressed=${currentLanguage() === language ? 'true' : 'false'}
                    @click=${() => loadLanguage(language)}>${t(`language.${language}`)}</button>`)}
        </div>
        <button type="button" class="sign-out" @click=${() => this.session.signOut()}>${t('app.signOut')}</button>
      </header>
      <main id="main" tabindex="-1">${this.screen()}</main>
      <footer class="app-footer">
        <a href="/openapi">${t('app.apiDocument')}</a> · <a href="/">${t('app.startPage')}</a>
      </footer>`;
  }

  screen() {
    const { screen, params } = this.route;
    const me = this.me;
    switch (screen) {
      case 'home': return html`<home-screen .me=${me}></home-screen>`;
      case 'issue': return html`<issue-screen .me=${me} .issueId=${params.issue}></issue-screen>`;
      case 'item': return html`<item-screen .me=${me} .issueId=${params.issue} .itemId=${params.item}></item-screen>`;
      case 'new-item': return html`<item-screen .me=${me} .issueId=${params.issue} .rubricId=${params.rubric}
                                                 .typeId=${params.type}></item-screen>`;
      case 'translate': return html`<translation-screen .me=${me} .issueId=${params.issue}
                                                        .locale=${params.locale}></translation-screen>`;
      case 'review': return html`<review-screen .me=${me} .issueId=${params.issue}></review-screen>`;
      case 'preview': return html`<preview-screen .me=${me} .issueId=${params.issue}></preview-screen>`;
      case 'sources': return html`<sources-screen .me=${me}></sources-screen>`;
      case 'source': return html`<source-screen .me=${me} .sourceId=${params.source} .page=${params.page}></source-screen>`;
      case 'media': return html`<media-screen .me=${me} .publicationId=${params.publication}
                                              .query=${params.q}></media-screen>`;
      case 'picture': return html`<picture-screen .me=${me} .publicationId=${params.publication}
                                                  .mediaId=${params.media}></picture-screen>`;
      default: return html`<h1>${t('app.notFound')}</h1><p><a href="#/">${t('nav.home')}</a></p>`;
    }
  }
}

customElements.define('bulletin-app', BulletinApp);
