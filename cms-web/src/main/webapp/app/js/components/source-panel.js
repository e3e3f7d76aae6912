import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { may } from '../roles.js';
import { problemAlert, statusNote } from './notices.js';
import { extractionStatus, isSettled, watch } from './source-status.js';
import './source-text.js';
import './source-upload.js';

/**
 * The source reports an item is written from, beside its form: the linked sources with their extraction, the
 * text of the one chosen, page by page, to read and quote from while writing; editors link an uploaded source
 * or upload a new one straight onto the item. Linking does not change the item, so it works in every stage.
 */
class SourcePanel extends LightElement {

  static properties = {
    me: { attribute: false },
    itemId: {},
    linked: { state: true },
    available: { state: true },
    shown: { state: true },
    problem: { state: true },
    status: { state: true },
    maxBytes: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.stopWatching = watch(() => this.load(), () => this.linked?.some((source) => !isSettled(source)));
  }

  disconnectedCallback() {
    this.stopWatching();
    super.disconnectedCallback();
  }

  willUpdate(changed) {
    if (changed.has('itemId')) {
      this.shown = undefined;
      this.load();
      if (this.editing) {
        this.loadAvailable();
      }
    }
  }

  get editing() {
    return may(this.me, 'editor');
  }

  async load() {
    try {
      this.linked = (await api.get(`items/${this.itemId}/sources`)).sources;
      const stillLinked = this.linked.find((source) => source.id === this.shown?.id);
      this.shown = stillLinked ?? this.linked[0];
    } catch (problem) {
      this.problem = problem;
    }
  }

  async loadAvailable() {
    try {
      const library = await api.get('sources?size=100');
      this.available = library.sources;
      this.maxBytes = library.limits?.maxUploadBytes;
    } catch (problem) {
      this.problem = problem;
    }
  }

  render() {
    return html`
      <section class="source-panel" aria-labelledby="source-panel-heading">
        <h2 id="source-panel-heading">${t('sourcePanel.title')}</h2>
        ${problemAlert(this.problem)}
        ${statusNote(this.status)}
        ${this.linked ? this.linkedList() : html`<p role="status">${t('app.loading')}</p>`}
        ${this.editing ? this.linking() : nothing}
        ${this.shown ? html`
          <section class="shown-source" aria-labelledby="shown-source-heading">
            <h3 id="shown-source-heading">${t('sourcePanel.textOf', { name: this.shown.filename })}</h3>
            <source-text .source=${this.shown}></source-text>
          </section>` : nothing}
      </section>`;
  }

  linkedList() {
    if (!this.linked.length) {
      return html`<p class="empty">${t('sourcePanel.none')}</p>`;
    }
    return html`<ul class="linked-sources">${this.linked.map((source) => html`
      <li data-source=${source.id}>
        <button type="button" class="link-button" aria-pressed=${this.shown?.id === source.id ? 'true' : 'false'}
                @click=${() => { this.shown = source; }}>${source.filename}</button>
        ${extractionStatus(source)}
        ${this.editing ? html`<button type="button" class="secondary small"
            @click=${() => this.unlink(source)}>${t('sourcePanel.unlink', { name: source.filename })}</button>` : nothing}
      </li>`)}</ul>`;
  }

  linking() {
    const linkedIds = new Set((this.linked ?? []).map((source) => source.id));
    const choices = (this.available ?? []).filter((source) => !linkedIds.has(source.id));
    return html`
      ${choices.length ? html`<form class="link-source" @submit=${(event) => this.linkChosen(event)}>
        <label for="source-to-link">${t('sourcePanel.choose')}</label>
        <select id="source-to-link">
          ${choices.map((source) => html`<option value=${source.id}>${source.filename}${source.metadata?.title
            ? ` — ${source.metadata.title}` : ''}</option>`)}
        </select>
        <button type="submit">${t('sourcePanel.link')}</button>
      </form>` : html`<p class="empty">${t('sourcePanel.noneToLink')}</p>`}
      <details class="upload-to-item">
        <summary>${t('sourcePanel.uploadNew')}</summary>
        <source-upload .maxBytes=${this.maxBytes} @source-uploaded=${(event) => this.link(event.detail)}></source-upload>
      </details>`;
  }

  async linkChosen(event) {
    event.preventDefault();
    const id = this.querySelector('#source-to-link').value;
    const source = this.available.find((candidate) => candidate.id === id);
    if (source) {
      await this.link(source);
    }
  }

  async link(source) {
    try {
      await api.putEmpty(`items/${this.itemId}/sources/${source.id}`);
      this.status = t('sourcePanel.linked', { name: source.filename });
      this.problem = undefined;
      await this.load();
      this.shown = this.linked.find((linked) => linked.id === source.id) ?? this.shown;
      await this.loadAvailable();
    } catch (problem) {
      this.problem = problem;
    }
  }

  async unlink(source) {
    try {
      await api.remove(`items/${this.itemId}/sources/${source.id}`);
      this.status = t('sourcePanel.unlinked', { name: source.filename });
      this.problem = undefined;
      await this.load();
    } catch (problem) {
      this.problem = problem;
    }
  }
}

customElements.define('source-panel', SourcePanel);
