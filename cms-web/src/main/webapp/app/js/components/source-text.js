import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { problemAlert } from './notices.js';

/**
 * The text Tika extracted from a source, page by page ("p. 12", for quoting), each paragraph marked with its
 * language so that screen readers and fonts treat Chinese and English right. Asks again when the source
 * changes; shows why there is no text yet (409 until extraction is done).
 */
class SourceText extends LightElement {

  static properties = {
    source: { attribute: false },
    text: { state: true },
    problem: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('source')) {
      const before = changed.get('source');
      if (!before || before.id !== this.source?.id || before.status !== this.source?.status) {
        this.load();
      }
    }
  }

  async load() {
    this.text = undefined;
    this.problem = undefined;
    if (!this.source || this.source.status !== 'done') {
      return;
    }
    try {
      this.text = await api.get(`sources/${this.source.id}/text`);
    } catch (problem) {
      this.problem = problem;
    }
  }

  render() {
    if (!this.source) {
      return nothing;
    }
    if (this.source.status !== 'done') {
      return html`<p class="empty">${t('source.noTextYet')}</p>`;
    }
    if (!this.text) {
      return html`${problemAlert(this.problem)}${this.problem ? nothing : html`<p role="status">${t('app.loading')}</p>`}`;
    }
    const pages = this.text.pages.filter((page) => page.paragraphs.length);
    if (!pages.length) {
      return html`<p class="empty">${t('source.noText')}</p>`;
    }
    return html`<div class="source-text" data-testid="source-text">
      ${pages.map((page) => html`
        <section class="source-page" data-page=${page.number ?? nothing}
                 aria-label=${page.number ? t('source.page', { n: page.number }) : t('source.wholeText')}>
          ${page.number ? html`<h3 class="page-number">${t('source.page', { n: page.number })}</h3>` : nothing}
          ${page.paragraphs.map((paragraph) => html`<p lang=${paragraph.language ?? nothing}>${paragraph.text}</p>`)}
        </section>`)}
    </div>`;
  }
}

customElements.define('source-text', SourceText);
