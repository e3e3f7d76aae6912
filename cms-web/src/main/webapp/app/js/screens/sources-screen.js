import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { formatInstant, t } from '../i18n.js';
import { may } from '../roles.js';
import { problemAlert } from '../components/notices.js';
import { extractionStatus, fileSize, isSettled, watch } from '../components/source-status.js';
import '../components/source-upload.js';

const PAGE_SIZE = 20;

/**
 * The source reports: editors upload them here; editors and translators see each one's extraction as it
 * happens (the list asks the server again while any is queued or extracting) and search their text, Chinese
 * included. A hit names the page it is on.
 */
class SourcesScreen extends LightElement {

  static properties = {
    me: { attribute: false },
    library: { state: true },
    results: { state: true },
    problem: { state: true },
    searchProblem: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.load();
    this.stopWatching = watch(() => this.load(), () => this.library?.sources.some((source) => !isSettled(source)));
  }

  disconnectedCallback() {
    this.stopWatching();
    super.disconnectedCallback();
  }

  async load() {
    try {
      this.library = await api.get(`sources?size=${PAGE_SIZE}`);
      this.problem = undefined;
    } catch (problem) {
      this.problem = problem;
    }
  }

  render() {
    return html`
      <nav class="breadcrumbs" aria-label=${t('nav.breadcrumbs')}><a href="#/">${t('nav.home')}</a></nav>
      <h1>${t('sources.title')}</h1>
      ${problemAlert(this.problem)}
      ${may(this.me, 'editor') ? html`
        <section class="upload-section" aria-labelledby="upload-heading">
          <h2 id="upload-heading">${t('sources.uploadHeading')}</h2>
          <source-upload .maxBytes=${this.library?.limits?.maxUploadBytes}
                         @source-uploaded=${() => this.load()}></source-upload>
        </section>` : nothing}
      ${this.searchSection()}
      <section aria-labelledby="library-heading">
        <h2 id="library-heading">${t('sources.recent', { total: this.library?.total ?? '…' })}</h2>
        ${this.library ? this.table(this.library.sources) : html`<p role="status">${t('app.loading')}</p>`}
      </section>`;
  }

  table(sources) {
    if (!sources.length) {
      return html`<p class="empty">${t('sources.none')}</p>`;
    }
    return html`<table class="sources">
      <thead><tr>
        <th scope="col">${t('source.file')}</th><th scope="col">${t('source.extraction')}</th>
        <th scope="col">${t('source.languages')}</th><th scope="col">${t('source.uploadedBy')}</th>
      </tr></thead>
      <tbody>${sources.map((source) => html`<tr data-source=${source.id}>
        <th scope="row"><a href="#/sources/${source.id}">${source.filename}</a>
          <span class="size">${fileSize(source.size)}</span>
          ${source.metadata?.title ? html`<br><span class="source-title">${source.metadata.title}</span>` : nothing}</th>
        <td>${extractionStatus(source)}</td>
        <td>${(source.languages ?? []).join(', ')}</td>
        <td>${source.uploadedBy}, ${formatInstant(source.uploadedAt)}</td>
      </tr>`)}</tbody>
    </table>`;
  }

  searchSection() {
    return html`
      <section class="source-search" aria-labelledby="search-heading">
        <h2 id="search-heading">${t('sources.searchHeading')}</h2>
        <form role="search" @submit=${(event) => this.search(event)}>
          <label for="source-query">${t('sources.searchLabel')}</label>
          <input id="source-query" type="search" maxlength="200" required aria-describedby="source-query-help">
          <button type="submit">${t('sources.search')}</button>
          <p class="help" id="source-query-help">${t('sources.searchHelp')}</p>
        </form>
        ${problemAlert(this.searchProblem)}
        ${this.results ? this.hits(this.results) : nothing}
      </section>`;
  }

  async search(event) {
    event.preventDefault();
    const q = this.querySelector('#source-query').value.trim();
    if (!q) {
      return;
    }
    try {
      this.results = await api.get(`sources/search?q=${encodeURIComponent(q)}`);
      this.searchProblem = undefined;
    } catch (problem) {
      this.results = undefined;
      this.searchProblem = problem;
    }
  }

  hits(results) {
    return html`<div class="search-results" data-testid="search-results">
      <p role="status">${t('sources.hits', { total: results.total, q: results.q })}</p>
      ${results.hits.length ? html`<ol>${results.hits.map((hit) => html`<li class="hit">
        <a href="#/sources/${hit.source.id}${hit.page ? `?page=${hit.page}` : ''}">${hit.source.filename}</a>
        ${hit.page ? html`<span class="page-number">${t('source.page', { n: hit.page })}</span>` : nothing}
        <p class="snippet">${hit.snippet}</p></li>`)}</ol>` : nothing}
    </div>`;
  }
}

customElements.define('sources-screen', SourcesScreen);
