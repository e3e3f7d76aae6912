import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { publication } from '../catalog.js';
import { displayValue, textOf } from '../content.js';
import { pick, t } from '../i18n.js';
import { problemAlert, stageBadge } from '../components/notices.js';

/** How long a preview link made from this screen stays valid. */
const PREVIEW_SECONDS = 3600;

/**
 * The issue as readers and front ends will receive it, in each locale: a preview link is made (the delivery API
 * renders it exactly like a publication), its web page is shown as readers will get it (made by the published
 * page's renderer, in a frame without script), then its document, with a link to the raw delivery JSON.
 */
class PreviewScreen extends LightElement {

  static properties = {
    me: { attribute: false },
    issueId: {},
    locale: { state: true },
    document: { state: true },
    page: { state: true },
    problem: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('issueId')) {
      this.load();
    }
  }

  async load() {
    try {
      this.issue = await api.get(`issues/${this.issueId}`);
      this.publication = await publication(this.issue.publication);
      this.link = await api.post(`issues/${this.issueId}/preview-links`, { validSeconds: PREVIEW_SECONDS });
      await this.show(this.publication.sourceLocale);
    } catch (problem) {
      this.problem = problem;
    }
  }

  async show(locale) {
    const query = `?locale=${encodeURIComponent(locale)}`;
    const [delivered, page] = await Promise.all([
      fetch(`${this.link.url}${query}`).then((response) => response.json()),
      fetch(`${this.link.url}.html${query}`).then((response) => response.text()),
    ]);
    this.document = delivered;
    this.page = page;
    this.locale = locale;
  }

  render() {
    if (!this.document) {
      return html`${problemAlert(this.problem)}<p role="status">${this.problem ? '' : t('app.loading')}</p>`;
    }
    const locales = [this.publication.sourceLocale, ...this.publication.targetLocales];
    const doc = this.document;
    return html`
      <nav class="breadcrumbs" aria-label=${t('nav.breadcrumbs')}>
        <a href="#/">${t('nav.home')}</a> › <a href="#/issues/${this.issue.id}">${pick(this.issue.label)}</a>
      </nav>
      <h1>${t('preview.title', { issue: pick(this.issue.label) })} ${stageBadge(this.issue.stage)}</h1>
      <div class="locale-tabs" role="group" aria-label=${t('preview.locale')}>
        ${locales.map((locale) => html`<button type="button" aria-pressed=${locale === this.locale ? 'true' : 'false'}
          @click=${() => this.show(locale)}>${t(`locale.${locale}`)}</button>`)}
      </div>
      <p><a href="${this.link.url}.html?locale=${this.locale}" target="_blank" rel="noopener">${t('preview.webPage')}</a>
        · <a href="${this.link.url}?locale=${this.locale}" target="_blank" rel="noopener">${t('preview.rawJson')}</a></p>
      <iframe class="reader-page" title=${t('preview.webPage')} sandbox="allow-same-origin" .srcdoc=${this.page}
        data-testid="preview-page"></iframe>
      <article class="delivered" lang=${doc.locale} data-testid="preview-document">
        <header>
          <p class="publication-title">${doc.publication?.title ?? ''}</p>
          <h2>${doc.label}</h2>
          ${doc.title ? html`<p>${doc.title}</p>` : nothing}
        </header>
        ${(doc.rubrics ?? []).map((rubric) => html`
          <section class="delivered-rubric">
            ${rubric.title ? html`<h3>${rubric.title}</h3>` : nothing}
            ${rubric.items.map((item) => this.item(item))}
          </section>`)}
      </article>`;
  }

  item(item) {
    const { title, ...fields } = item.fields ?? {};
    return html`
      <div class="delivered-item" data-type=${item.type} lang=${item.locale}>
        ${title ? html`<h4>${title}</h4>` : nothing}
        ${item.fallback ? html`<p class="fallback">${t('preview.fallback', { locale: t(`locale.${item.locale}`) })}</p>` : nothing}
        ${Object.entries(fields).map(([name, value]) => html`
          ${pictures(value) ? html`<div class="delivered-field delivered-pictures" data-field=${name}>
            ${pictures(value).map((picture) => html`<img src=${picture.src} srcset=${picture.srcset ?? nothing}
              sizes="(min-width: 40rem) 20rem, 50vw" alt=${picture.alt ?? ''} width=${picture.width ?? nothing}
              height=${picture.height ?? nothing}>`)}</div>`
          : html`<p class="delivered-field" data-field=${name}>${typeof value === 'string' ? textOf(value) : displayValue(value)}</p>`}`)}
      </div>`;
  }
}

/** A delivered picture field (one picture or a list, docs/media.md "Delivered") as a list of pictures; else undefined. */
function pictures(value) {
  const list = Array.isArray(value) ? value : [value];
  const served = list.length > 0 && list.every((one) => one && typeof one === 'object' && typeof one.src === 'string');
  return served ? list : undefined;
}

customElements.define('preview-screen', PreviewScreen);
