import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { pick, t } from '../i18n.js';
import { mediaPath, mediaPicture, remember, renditionUrl } from '../media.js';

/** The rendition shown in the form: wide enough to aim a focal point at, light enough for a form. */
const PREVIEW_WIDTH = 640;
const RESULTS = 12;
/** How far an arrow key moves the focal point. */
const KEY_STEP = 0.05;

/**
 * The input of an IMAGE or IMAGE_LIST field (docs/section-type-plugins.md, "Pictures"): the pictures placed, each
 * with a preview, its focal point set by clicking the preview (a marker shows it; arrow keys move it), its credit
 * and licence, whether it is decorative, and its alt text and caption in the form's locale; a picker that searches
 * the publication's media
 * library; a button that removes a picture and, in a list, one that moves it before the one above.
 *
 * <p>The value has two parts (the picture in the shared part, its words in each locale's), so the input changes
 * the whole content and fires "content-changed" with it. For an IMAGE_LIST both parts are lists of the same
 * length: placing a picture adds an entry to each locale's list, removing one removes it from every list. A
 * picture placed takes the library's alt text of the form's locale as its alt text, and is decorative if the library
 * marks it so; the editor may change both.
 */
class PictureField extends LightElement {

  static properties = {
    spec: { attribute: false },
    content: { attribute: false },
    locale: {},
    publicationId: {},
    inputId: {},
    sharedReadonly: { type: Boolean },
    readonly: { type: Boolean },
    error: {},
    pictures: { state: true },
    results: { state: true },
    searchProblem: { state: true },
  };

  constructor() {
    super();
    this.pictures = {};
  }

  get list() {
    return this.spec.kind === 'image-list';
  }

  /** The shared parts placed, as a list (one or none for an IMAGE). */
  get placed() {
    const shared = this.content?.shared?.[this.spec.name];
    if (this.list) {
      return Array.isArray(shared) ? shared : [];
    }
    return shared && typeof shared === 'object' ? [shared] : [];
  }

  wordsAt(index) {
    const words = this.content?.localized?.[this.locale]?.[this.spec.name];
    return (this.list ? (Array.isArray(words) ? words[index] : undefined) : words) ?? {};
  }

  willUpdate() {
    for (const part of this.placed) {
      if (part.media && !(part.media in this.pictures) && this.publicationId) {
        this.pictures = { ...this.pictures, [part.media]: null };
        mediaPicture(this.publicationId, part.media)
          .then((picture) => { this.pictures = { ...this.pictures, [part.media]: picture }; })
          .catch((problem) => { this.pictures = { ...this.pictures, [part.media]: { problem } }; });
      }
    }
  }

  render() {
    const label = pick(this.spec.label) || this.spec.name;
    const placed = this.placed;
    const full = this.list ? placed.length >= (this.spec.maxEntries ?? Infinity) : placed.length > 0;
    return html`
      <fieldset id=${this.inputId} class="picture-field" aria-describedby=${this.describedBy ?? nothing}>
        <legend>${label}${this.spec.requiredAtPublish ? html` <span class="required">${t('field.required')}</span>` : nothing}</legend>
        ${placed.length ? placed.map((part, index) => this.placedPicture(part, index, label))
          : html`<p class="empty">${t('picker.nonePlaced')}</p>`}
        ${this.sharedReadonly || full ? nothing : this.picker(label)}
      </fieldset>`;
  }

  get describedBy() {
    return [this.spec.help ? `${this.inputId}-help` : '', this.error ? `${this.inputId}-error` : '']
      .filter(Boolean).join(' ') || undefined;
  }

  /**
   * The markers placed through the CSS object model: the UI's content security policy (style-src 'self') ignores
   * style attributes written into the markup, but not styles set from script.
   */
  updated() {
    this.querySelectorAll('.focal-marker').forEach((marker) => {
      marker.style.left = `${marker.dataset.x}%`;
      marker.style.top = `${marker.dataset.y}%`;
    });
  }

  placedPicture(part, index, label) {
    const picture = this.pictures[part.media];
    const id = `${this.inputId}-${index}`;
    const words = this.wordsAt(index);
    const name = picture?.filename ?? part.media;
    return html`
      <div class="placed-picture" data-media=${part.media} data-index=${index} role="group"
           aria-label=${this.list ? t('field.entry', { field: label, n: index + 1 }) : label}>
        ${picture?.problem ? html`<p class="field-error">${picture.problem.message}</p>` : nothing}
        ${picture && !picture.problem ? this.preview(picture, part, index, id) : nothing}
        <p class="focal-value" id="${id}-focal">${t('picker.focalPoint', focalPercent(part.focalPoint))}</p>
        ${this.decorativeInput(id, part, index)}
        ${part.decorative === true ? this.altNotNeeded(id, words.alt)
          : this.wordInput(id, 'alt', words.alt, index, 'picker.alt', 500)}
        ${this.wordInput(id, 'caption', words.caption, index, 'picker.caption', 1000)}
        ${this.sharedInput(id, 'credit', part.credit, index, 'picker.credit')}
        ${this.sharedInput(id, 'licence', part.licence, index, 'picker.licence')}
        ${this.sharedReadonly ? nothing : html`<button type="button" class="secondary remove-picture"
          @click=${() => this.removeAt(index)}>${t('picker.remove', { name })}</button>`}
        ${this.sharedReadonly || !this.list || index === 0 ? nothing : html`<button type="button" class="secondary"
          @click=${() => this.moveEarlier(index)}>${t('picker.moveEarlier', { name })}</button>`}
      </div>`;
  }

  preview(picture, part, index, id) {
    const focal = part.focalPoint ?? { x: 0.5, y: 0.5 };
    const image = html`<img class="picture-preview" src=${renditionUrl(picture, PREVIEW_WIDTH)}
      alt=${this.wordsAt(index).alt || pick(picture.alt)} width=${picture.width} height=${picture.height}>`;
    const marker = html`<span class="focal-marker" aria-hidden="true" data-x=${Math.round(focal.x * 100)}
      data-y=${Math.round(focal.y * 100)}></span>`;
    if (this.sharedReadonly) {
      return html`<div class="focal-frame">${image}${marker}</div>`;
    }
    return html`<button type="button" class="focal-frame" data-testid="focal-point"
      aria-label=${t('picker.setFocalPoint', { name: picture.filename })} aria-describedby="${id}-focal"
      @click=${(event) => this.aim(event, index)} @keydown=${(event) => this.nudge(event, index)}>${image}${marker}</button>`;
  }

  wordInput(id, member, value, index, key, max) {
    const inputId = `${id}-${member}`;
    return html`<span class="cell">
      <label for=${inputId}>${t(key, { locale: t(`locale.${this.locale}`) })}</label>
      <input id=${inputId} type="text" lang=${this.locale} maxlength=${max} ?readonly=${this.readonly}
        .value=${value ?? ''} @input=${(event) => this.setWord(index, member, event.target.value)}>
    </span>`;
  }

  /**
   * Whether the picture adds nothing a reader needs (shared: one choice for every locale). A decorative picture is
   * published without alt text and delivered with an empty one; the alt texts written before are kept, unused, so
   * that unmarking it brings them back.
   */
  decorativeInput(id, part, index) {
    const inputId = `${id}-decorative`;
    return html`<span class="cell decorative">
      <input id=${inputId} type="checkbox" .checked=${part.decorative === true} ?disabled=${this.sharedReadonly}
        aria-describedby="${inputId}-help"
        @change=${(event) => this.setShared(index, 'decorative', event.target.checked ? true : undefined)}>
      <label for=${inputId}>${t('picker.decorative')}</label>
      <span class="help" id="${inputId}-help">${t('picker.decorativeHelp')}</span>
    </span>`;
  }

  altNotNeeded(id, value) {
    const inputId = `${id}-alt`;
    return html`<span class="cell">
      <label for=${inputId}>${t('picker.altNotNeeded', { locale: t(`locale.${this.locale}`) })}</label>
      <input id=${inputId} type="text" lang=${this.locale} disabled .value=${value ?? ''}>
    </span>`;
  }

  sharedInput(id, member, value, index, key) {
    const inputId = `${id}-${member}`;
    return html`<span class="cell">
      <label for=${inputId}>${t(key)}</label>
      <input id=${inputId} type="text" maxlength="300" ?readonly=${this.sharedReadonly} .value=${value ?? ''}
        @input=${(event) => this.setShared(index, member, event.target.value.trim() || undefined)}>
    </span>`;
  }

  picker(label) {
    const id = `${this.inputId}-search`;
    return html`<div class="media-picker">
      <label for=${id}>${t('picker.search', { field: label })}</label>
      <input id=${id} type="search" maxlength="200" @keydown=${(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          this.search();
        }
      }}>
      <button type="button" class="secondary" @click=${() => this.search()}>${t('picker.find')}</button>
      <a href="#/publications/${this.publicationId}/media" target="_blank" rel="noopener">${t('picker.openLibrary')}</a>
      ${this.searchProblem ? html`<p class="field-error" role="alert">${this.searchProblem.message}</p>` : nothing}
      ${this.results ? html`<p class="hint" role="status">${t('picker.results', { total: this.results.length })}</p>
        <ul class="picker-results">${this.results.map((picture) => html`<li>
          <button type="button" class="pick" data-media=${picture.id} @click=${() => this.place(picture)}>
            <img src=${renditionUrl(picture, 320)} alt="" width=${picture.width} height=${picture.height}>
            <span>${t('picker.place', { name: picture.filename })}</span>
          </button></li>`)}</ul>` : nothing}
    </div>`;
  }

  async search() {
    const q = this.querySelector(`#${CSS.escape(this.inputId)}-search`).value.trim();
    try {
      const found = await api.get(`${mediaPath(this.publicationId)}?size=${RESULTS}${q ? `&q=${encodeURIComponent(q)}` : ''}`);
      found.media.forEach((picture) => remember(this.publicationId, picture));
      this.results = found.media;
      this.searchProblem = undefined;
    } catch (problem) {
      this.searchProblem = problem;
    }
  }

  /** A click on the preview: the focal point where it landed. A keyboard "click" (detail 0) changes nothing. */
  aim(event, index) {
    if (event.detail === 0) {
      return;
    }
    const box = event.currentTarget.querySelector('img').getBoundingClientRect();
    this.setShared(index, 'focalPoint', {
      x: rounded((event.clientX - box.left) / box.width),
      y: rounded((event.clientY - box.top) / box.height),
    });
  }

  nudge(event, index) {
    const moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const move = moves[event.key];
    if (!move) {
      return;
    }
    event.preventDefault();
    const focal = this.placed[index].focalPoint ?? { x: 0.5, y: 0.5 };
    this.setShared(index, 'focalPoint', {
      x: rounded(focal.x + move[0] * KEY_STEP),
      y: rounded(focal.y + move[1] * KEY_STEP),
    });
  }

  place(picture) {
    const content = copyOf(this.content);
    const alt = picture.alt?.[this.locale];
    const part = picture.decorative ? { media: picture.id, decorative: true } : { media: picture.id };
    if (this.list) {
      const shared = [...this.placed, part];
      content.shared[this.spec.name] = shared;
      for (const locale of new Set([...Object.keys(content.localized), this.locale])) {
        const values = (content.localized[locale] ??= {});
        const words = padded(values[this.spec.name], shared.length - 1);
        words.push(locale === this.locale && alt ? { alt } : {});
        values[this.spec.name] = words;
      }
    } else {
      content.shared[this.spec.name] = part;
      const values = (content.localized[this.locale] ??= {});
      if (alt && !values[this.spec.name]?.alt) {
        values[this.spec.name] = { ...(values[this.spec.name] ?? {}), alt };
      }
    }
    this.results = undefined;
    this.changed(content);
  }

  removeAt(index) {
    const content = copyOf(this.content);
    if (this.list) {
      const shared = this.placed.filter((_, i) => i !== index);
      setOrDelete(content.shared, this.spec.name, shared.length ? shared : undefined);
      for (const values of Object.values(content.localized)) {
        if (Array.isArray(values[this.spec.name])) {
          const words = values[this.spec.name].filter((_, i) => i !== index);
          setOrDelete(values, this.spec.name, words.length ? words : undefined);
        }
      }
    } else {
      delete content.shared[this.spec.name];
      for (const values of Object.values(content.localized)) {
        delete values[this.spec.name];
      }
    }
    this.changed(content);
  }

  /** Swaps the picture with the one before it, in the shared list and in every locale's list of words. */
  moveEarlier(index) {
    const content = copyOf(this.content);
    const swap = (list) => {
      const copy = padded(list, this.placed.length);
      [copy[index - 1], copy[index]] = [copy[index], copy[index - 1]];
      return copy;
    };
    content.shared[this.spec.name] = swap(this.placed);
    for (const values of Object.values(content.localized)) {
      if (Array.isArray(values[this.spec.name])) {
        values[this.spec.name] = swap(values[this.spec.name]);
      }
    }
    this.changed(content);
  }

  setShared(index, member, value) {
    const content = copyOf(this.content);
    const parts = this.placed.map((part) => ({ ...part }));
    setOrDelete(parts[index], member, value);
    content.shared[this.spec.name] = this.list ? parts : parts[0];
    this.changed(content);
  }

  setWord(index, member, text) {
    const content = copyOf(this.content);
    const values = (content.localized[this.locale] ??= {});
    if (this.list) {
      const words = padded(values[this.spec.name], this.placed.length).map((entry) => ({ ...entry }));
      setOrDelete(words[index], member, text.trim() ? text : undefined);
      values[this.spec.name] = words;
    } else {
      const words = { ...(values[this.spec.name] ?? {}) };
      setOrDelete(words, member, text.trim() ? text : undefined);
      setOrDelete(values, this.spec.name, Object.keys(words).length ? words : undefined);
    }
    this.changed(content);
  }

  changed(content) {
    this.content = content;
    this.dispatchEvent(new CustomEvent('picture-changed', { detail: content }));
  }
}

function copyOf(content) {
  const copy = structuredClone(content ?? {});
  copy.shared ??= {};
  copy.localized ??= {};
  return copy;
}

/** A locale's list of words made as long as the pictures' (entries without words are empty objects). */
function padded(words, length) {
  const list = Array.isArray(words) ? [...words] : [];
  while (list.length < length) {
    list.push({});
  }
  return list.slice(0, Math.max(length, 0));
}

function setOrDelete(object, member, value) {
  if (value === undefined) {
    delete object[member];
  } else {
    object[member] = value;
  }
}

/** Two decimals within 0..1: the server rounds to whole percent for crops anyway. */
function rounded(share) {
  return Math.round(Math.min(1, Math.max(0, share)) * 100) / 100;
}

function focalPercent(focalPoint) {
  const { x, y } = focalPoint ?? { x: 0.5, y: 0.5 };
  return { x: Math.round(x * 100), y: Math.round(y * 100) };
}

customElements.define('picture-field', PictureField);
