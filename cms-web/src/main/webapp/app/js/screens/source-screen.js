import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { formatInstant, t } from '../i18n.js';
import { problemAlert } from '../components/notices.js';
import { extractionStatus, fileSize, isSettled, watch } from '../components/source-status.js';
import '../components/source-text.js';

/**
 * One source report: what was uploaded, its extraction as it happens, its metadata, the original to download
 * (as an attachment, never opened here) and the extracted text page by page. A search hit opens it at its page.
 */
class SourceScreen extends LightElement {

  static properties = {
    me: { attribute: false },
    sourceId: {},
    page: {},
    source: { state: true },
    problem: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.stopWatching = watch(() => this.load(), () => this.source && !isSettled(this.source));
  }

  disconnectedCallback() {
    this.stopWatching();
    super.disconnectedCallback();
  }

  willUpdate(changed) {
    if (changed.has('sourceId')) {
      this.source = undefined;
      this.load();
    }
  }

  async load() {
    try {
      this.source = await api.get(`sources/${this.sourceId}`);
      this.problem = undefined;
    } catch (problem) {
      this.problem = problem;
    }
  }

  updated() {
    const page = this.page && this.querySelector(`.source-page[data-page="${this.page}"]`);
    if (page && !this.scrolledTo) {
      this.scrolledTo = true;
      page.scrollIntoView();
    }
  }

  render() {
    const source = this.source;
    return html`
      <nav class="breadcrumbs" aria-label=${t('nav.breadcrumbs')}>
        <a href="#/">${t('nav.home')}</a> › <a href="#/sources">${t('sources.title')}</a>
      </nav>
      ${problemAlert(this.problem)}
      ${source ? html`
        <h1>${source.metadata?.title || source.filename}</h1>
        <dl class="source-facts">
          <dt>${t('source.file')}</dt><dd>${source.filename} (${fileSize(source.size)}, ${source.mediaType})</dd>
          <dt>${t('source.extraction')}</dt><dd data-testid="extraction">${extractionStatus(source)}</dd>
          <dt>${t('source.uploadedBy')}</dt><dd>${source.uploadedBy}, ${formatInstant(source.uploadedAt)}</dd>
          ${source.metadata?.author ? html`<dt>${t('source.author')}</dt><dd>${source.metadata.author}</dd>` : nothing}
          ${source.metadata?.pageCount ? html`<dt>${t('source.pages')}</dt><dd>${source.metadata.pageCount}</dd>` : nothing}
          ${source.languages?.length ? html`<dt>${t('source.languages')}</dt><dd>${source.languages.join(', ')}</dd>` : nothing}
        </dl>
        <button type="button" class="secondary" @click=${() => this.download()}>${t('source.download')}</button>
        <h2>${t('source.text')}</h2>
        <source-text .source=${source}></source-text>`
        : this.problem ? nothing : html`<p role="status">${t('app.loading')}</p>`}`;
  }

  async download() {
    try {
      await api.download(`sources/${this.source.id}/original`);
    } catch (problem) {
      this.problem = problem;
    }
  }
}

customElements.define('source-screen', SourceScreen);
