import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { pick, t } from '../i18n.js';
import './source-choice.js';
import './rich-text-editor.js';
import './picture-field.js';

/**
 * The input for one field, chosen by the field's kind from its spec (GET /api/v1/section-types): a plugin's
 * new section type gets a form without any UI code. Every input has its label, the field's help, and its
 * error (aria-invalid, aria-describedby) when the server refused the value.
 */

/** Columns of the kinds whose entries are records. */
const RECORD_COLUMNS = {
  people: [
    { name: 'name' }, { name: 'title' }, { name: 'organisation' },
    { name: 'role', options: ['speaker', 'moderator', 'panelist', 'host', 'author', 'other'] },
  ],
  'term-list': [{ name: 'term' }, { name: 'description', long: true }],
  'key-figures': [{ name: 'value', number: true }, { name: 'unit' }, { name: 'label' }],
};

const SIMPLE_INPUT_TYPES = { url: 'url', email: 'email', date: 'date', number: 'number' };

/**
 * @param spec      the field spec
 * @param value     the current value (JSON as the API has it)
 * @param id        a document-unique id for the input
 * @param readonly  shown but not editable (shared fields for translators, locked issues)
 * @param error     the server's message for this field, if any
 * @param onChange  called with the new JSON value
 * @param lang      the content locale of the value, for the lang attribute
 */
export function fieldInput({ spec, value, id, readonly = false, error, onChange, lang }) {
  const label = pick(spec.label) || spec.name;
  const described = [spec.help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
  const common = { spec, value, id, readonly, error, onChange, lang, described, label };
  const records = RECORD_COLUMNS[spec.kind];
  return html`
    <div class="field ${error ? 'has-error' : ''}" data-field=${spec.name} data-kind=${spec.kind}>
      ${records ? recordsInput(common, label, records) : html`
        <label id="${id}-label" for=${spec.kind === 'rich-text' ? nothing : id}
          @click=${spec.kind === 'rich-text' ? () => document.getElementById(id)?.focus() : nothing}
          >${label}${spec.requiredAtPublish ? html` <span class="required">${t('field.required')}</span>` : nothing}</label>
        ${singleInput(common)}`}
      ${spec.help ? html`<p class="help" id="${id}-help">${pick(spec.help)}</p>` : nothing}
      ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
    </div>`;
}

function singleInput({ spec, value, id, readonly, error, onChange, lang, described, label }) {
  const invalid = error ? 'true' : 'false';
  switch (spec.kind) {
    case 'rich-text':
      // Not a form control, so labelled by reference: a <label for> names only inputs, selects and textareas.
      return html`<rich-text-editor .inputId=${id} .labelId=${`${id}-label`} .label=${label} .value=${value ?? ''}
        ?readonly=${readonly} .invalid=${invalid} .described=${described === nothing ? undefined : described}
        .contentLang=${lang} @value-changed=${(event) => onChange(event.detail)}></rich-text-editor>`;
    case 'numbered-list':
    case 'text-list':
      return html`<textarea id=${id} rows="4" lang=${lang ?? nothing} ?readonly=${readonly} aria-invalid=${invalid}
        aria-describedby=${described} .value=${(value ?? []).join('\n')}
        @input=${(event) => onChange(lines(event.target.value))}></textarea>
        <p class="hint">${t('field.onePerLine')}</p>`;
    case 'choice':
      return html`<select id=${id} ?disabled=${readonly} aria-invalid=${invalid} aria-describedby=${described}
        @change=${(event) => onChange(event.target.value)}>
        <option value="" ?selected=${!value}>${t('field.none')}</option>
        ${spec.options.map((option) => html`<option value=${option.code} ?selected=${value === option.code}>${pick(option.label)}</option>`)}
      </select>`;
    case 'source-document':
      return html`<source-choice .inputId=${id} .value=${value ?? ''} ?readonly=${readonly} .invalid=${invalid}
        .described=${described === nothing ? undefined : described} .noneLabel=${t('field.none')}
        @value-changed=${(event) => onChange(event.detail)}></source-choice>`;
    case 'image':
    case 'image-list':
      // Both parts of the value (the picture shared, its words per locale) change together: the item form gives
      // the picture field the whole content (picturesInput below) and never calls this.
      return nothing;
    case 'number':
      return html`<input id=${id} type="number" step="any" ?readonly=${readonly} aria-invalid=${invalid}
        aria-describedby=${described} .value=${value ?? ''}
        @input=${(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}>`;
    default: {
      const long = spec.kind === 'plain-text' && spec.maxLength > 200;
      if (long) {
        return html`<textarea id=${id} rows="3" lang=${lang ?? nothing} ?readonly=${readonly} aria-invalid=${invalid}
          aria-describedby=${described} .value=${live(value ?? '')}
          @input=${(event) => onChange(event.target.value)}></textarea>`;
      }
      return html`<input id=${id} type=${SIMPLE_INPUT_TYPES[spec.kind] ?? 'text'} lang=${lang ?? nothing}
        ?readonly=${readonly} aria-invalid=${invalid} aria-describedby=${described} .value=${live(value ?? '')}
        placeholder=${spec.kind === 'zoned-date-time' ? '2024-05-29T17:00+02:00[Europe/Zurich]' : nothing}
        @input=${(event) => onChange(event.target.value)}>`;
    }
  }
}

/**
 * The input of an IMAGE or IMAGE_LIST field: a picture picker over the publication's media library, which edits
 * the whole content (docs/section-type-plugins.md, "Pictures"); like {@link fieldInput}, with the field's help and
 * error.
 *
 * @param content         the item's content
 * @param publicationId   the publication whose library the pictures come from
 * @param sharedReadonly  the picture, focal point, credit and licence shown but not editable (translators)
 * @param onContent       called with the new content
 */
export function picturesInput({ spec, content, locale, publicationId, id, readonly, sharedReadonly, error, onContent }) {
  return html`
    <div class="field ${error ? 'has-error' : ''}" data-field=${spec.name} data-kind=${spec.kind}>
      <picture-field .spec=${spec} .content=${content} locale=${locale} publicationId=${publicationId ?? ''}
        inputId=${id} ?readonly=${readonly} ?sharedReadonly=${sharedReadonly} .error=${error}
        @picture-changed=${(event) => onContent(event.detail)}></picture-field>
      ${spec.help ? html`<p class="help" id="${id}-help">${pick(spec.help)}</p>` : nothing}
      ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
    </div>`;
}

function recordsInput({ spec, value, id, readonly, onChange, described }, label, columns) {
  const entries = value ?? [];
  const change = (index, column, raw) => {
    const next = entries.map((entry) => ({ ...entry }));
    const converted = column.number ? (raw === '' ? undefined : Number(raw)) : raw;
    if (converted === '' || converted === undefined) {
      delete next[index][column.name];
    } else {
      next[index][column.name] = converted;
    }
    onChange(next);
  };
  return html`
    <fieldset id=${id} aria-describedby=${described}>
      <legend>${label}</legend>
      ${entries.map((entry, index) => html`
        <div class="record" role="group" aria-label=${t('field.entry', { field: label, n: index + 1 })}>
          ${columns.map((column) => {
            const cellId = `${id}-${index}-${column.name}`;
            const cellLabel = t(`column.${column.name}`);
            return html`<span class="cell">
              <label for=${cellId}>${cellLabel}</label>
              ${column.options ? html`
                <select id=${cellId} ?disabled=${readonly} @change=${(event) => change(index, column, event.target.value)}>
                  ${column.options.map((code) => html`<option value=${code} ?selected=${entry[column.name] === code}>${t(`personRole.${code}`)}</option>`)}
                </select>` : html`
                <input id=${cellId} type=${column.number ? 'number' : 'text'} step="any" ?readonly=${readonly}
                  .value=${entry[column.name] ?? ''} @input=${(event) => change(index, column, event.target.value)}>`}
            </span>`;
          })}
          ${readonly ? nothing : html`<button type="button" class="secondary"
            @click=${() => onChange(entries.filter((_, i) => i !== index))}>${t('field.removeEntry', { n: index + 1 })}</button>`}
        </div>`)}
      ${readonly || entries.length >= spec.maxEntries ? nothing : html`<button type="button" class="secondary"
        @click=${() => onChange([...entries, spec.kind === 'people' ? { role: 'speaker' } : {}])}>${t('field.addEntry', { field: label })}</button>`}
    </fieldset>`;
}

function lines(text) {
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}
