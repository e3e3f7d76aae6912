import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';

/**
 * The input of a "source-document" field: one of the uploaded source reports, by its file name, stored as the
 * source's id. Read-only users (translators, locked issues, approvers, who may not list sources) see the name
 * when they may read it, else the id as stored.
 */
class SourceChoice extends LightElement {

  static properties = {
    inputId: {},
    value: {},
    readonly: { type: Boolean },
    invalid: {},
    described: {},
    noneLabel: {},
    sources: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.sources = (await api.get('sources?size=100')).sources;
    } catch {
      this.sources = [];
    }
  }

  render() {
    const known = (this.sources ?? []).some((source) => source.id === this.value);
    return html`<select id=${this.inputId} ?disabled=${this.readonly} aria-invalid=${this.invalid ?? 'false'}
        aria-describedby=${this.described ?? nothing}
        @change=${(event) => this.dispatchEvent(new CustomEvent('value-changed', { detail: event.target.value }))}>
      <option value="" ?selected=${!this.value}>${this.noneLabel}</option>
      ${this.value && !known ? html`<option value=${this.value} selected>${this.value}</option>` : nothing}
      ${(this.sources ?? []).map((source) => html`<option value=${source.id}
        ?selected=${source.id === this.value}>${source.filename}${source.metadata?.title ? ` — ${source.metadata.title}` : ''}</option>`)}
    </select>`;
  }
}

customElements.define('source-choice', SourceChoice);
