import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { problemAlert } from './notices.js';
import './rich-text-editor.js';

/**
 * An editor's hand on one entry of the translation memory, beside the match it offers (editors and admins only:
 * the server refuses the entry endpoints to translators, so the translation screen does not draw this for them).
 * "Correct" reads the entry (its translation and ETag) and opens a small form, a text box for a plain entry and the
 * rich-text editor for a rich one (the server keeps the source's markup, element by element); "Delete" asks first
 * with the confirm dialog. Both name the version read (If-Match); a refusal is shown here as problem+json, like
 * every form. {@code onChanged} is called with a status line once the memory changed, so the screen reads the
 * matches again.
 */
class MemoryEntry extends LightElement {

  static properties = {
    match: { attribute: false },
    label: {},
    lang: {},
    confirm: { attribute: false },
    onChanged: { attribute: false },
    editing: { state: true },
    problem: { state: true },
  };

  get path() {
    return `translation-memory/entries/${this.match.entry}`;
  }

  get inputId() {
    return `memory-correction-${this.match.entry}`;
  }

  render() {
    return html`
      <span class="memory-entry-actions">
        <button type="button" class="secondary" data-memory-action="correct" aria-expanded=${this.editing ? 'true' : 'false'}
          @click=${() => this.startCorrecting()}>${t('memory.correct')}<span class="visually-hidden">:
          ${this.match.target}</span></button>
        <button type="button" class="danger" data-memory-action="delete" @click=${() => this.remove()}>${t(
          'memory.delete')}<span class="visually-hidden">: ${this.match.target}</span></button>
      </span>
      ${this.editing ? this.correctionForm() : problemAlert(this.problem)}`;
  }

  correctionForm() {
    const { entry } = this.editing;
    return html`<form class="memory-correction" novalidate @submit=${(event) => this.save(event)}>
      ${entry.richText
        ? html`<span class="label" id="${this.inputId}-label">${t('memory.correction')}</span>
          <rich-text-editor .inputId=${this.inputId} .labelId=${`${this.inputId}-label`} .label=${t('memory.correction')}
            .value=${this.editing.target} .contentLang=${this.lang}
            @value-changed=${(event) => { this.editing.target = event.detail; }}></rich-text-editor>`
        : html`<label for=${this.inputId}>${t('memory.correction')}</label>
          <textarea id=${this.inputId} rows="2" lang=${this.lang} .value=${this.editing.target}
            aria-invalid=${this.problem ? 'true' : 'false'}
            @input=${(event) => { this.editing.target = event.target.value; }}></textarea>`}
      <p class="help">${t('memory.correctionHelp', { source: entry.source })}</p>
      ${problemAlert(this.problem)}
      <div class="form-actions">
        <button type="submit">${t('memory.saveCorrection')}</button>
        <button type="button" class="secondary" @click=${() => this.stopCorrecting()}>${t('app.cancel')}</button>
      </div>
    </form>`;
  }

  async startCorrecting() {
    if (this.editing) {
      this.stopCorrecting();
      return;
    }
    try {
      const read = await api.read(this.path);
      this.problem = undefined;
      this.editing = { entry: read.json, etag: read.etag, target: read.json.target };
      await this.updateComplete;
      this.querySelector(`#${this.inputId}`)?.focus();
    } catch (problem) {
      this.problem = problem;
    }
  }

  stopCorrecting() {
    this.editing = undefined;
    this.problem = undefined;
  }

  async save(event) {
    event.preventDefault();
    try {
      await api.put(this.path, { target: this.editing.target }, this.editing.etag);
      this.stopCorrecting();
      this.onChanged?.(t('memory.corrected', { field: this.label }));
    } catch (problem) {
      this.problem = problem.isConflict ? { message: t('memory.conflict'), errors: [] } : problem;
    }
  }

  async remove() {
    const confirmed = await this.confirm({
      question: t('memory.deleteQuestion', { text: this.match.target }),
      explanation: t('memory.deleteExplanation'),
      confirm: t('memory.confirmDelete'),
    });
    if (!confirmed) {
      return;
    }
    try {
      const read = await api.read(this.path);
      await api.remove(this.path, read.etag);
      this.problem = undefined;
      this.onChanged?.(t('memory.deleted', { field: this.label }));
    } catch (problem) {
      this.problem = problem;
    }
  }
}

customElements.define('memory-entry', MemoryEntry);

/**
 * The entry's tools for a match, when the signed-in user may change the memory; nothing otherwise. Keyed by the
 * entry, so a correction being typed stays with its entry when the matches are read again in another order.
 */
export function memoryEntryTools(match, { label, lang, editsEntries }) {
  if (!editsEntries) {
    return nothing;
  }
  return keyed(match.entry, html`<memory-entry .match=${match} label=${label} lang=${lang} .confirm=${editsEntries.confirm}
    .onChanged=${editsEntries.onChanged}></memory-entry>`);
}
