import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { publication } from '../catalog.js';
import { formatInstant, pick, t } from '../i18n.js';
import { may } from '../roles.js';
import { go } from '../router.js';
import { forget, mediaPath, remember } from '../media.js';
import { problemAlert, statusNote } from '../components/notices.js';
import { fileSize } from '../components/source-status.js';
import { inUseNotice } from '../components/media-in-use.js';
import '../components/confirm-dialog.js';
import '../components/picture-replacement.js';

/**
 * One picture of the media library: shown as readers get it (its renditions as srcset), with its alt text in
 * each locale of the publication. Editors and translators write the alt texts (PUT …/alt sends every locale's
 * at once); editors mark it decorative (what an item's placement of it starts with), give it a new file (its
 * renditions change, published editions keep theirs) and delete it, which the server refuses while an item or a
 * published edition uses it.
 * The focal point is not here: it belongs to each item that places the picture (the item form sets it).
 */
class PictureScreen extends LightElement {

  static properties = {
    me: { attribute: false },
    publicationId: {},
    mediaId: {},
    picture: { state: true },
    limits: { state: true },
    problem: { state: true },
    altErrors: { state: true },
    status: { state: true },
    decorativeStatus: { state: true },
    decorativeProblem: { state: true },
    deleteProblem: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('publicationId') || changed.has('mediaId')) {
      this.load();
    }
  }

  async load() {
    this.picture = undefined;
    try {
      this.publication = await publication(this.publicationId);
      forget(this.publicationId, this.mediaId);
      this.picture = remember(this.publicationId, await api.get(mediaPath(this.publicationId, `/${this.mediaId}`)));
      this.problem = undefined;
      if (may(this.me, 'editor')) {
        // What a new file may be: the library's listing says it (one picture asked for, its limits wanted).
        this.limits = (await api.get(`${mediaPath(this.publicationId)}?size=1`)).limits;
      }
    } catch (problem) {
      this.problem = problem;
    }
  }

  get locales() {
    return [this.publication.sourceLocale, ...this.publication.targetLocales];
  }

  get writesAlt() {
    return may(this.me, 'editor') || may(this.me, 'translator');
  }

  render() {
    const back = html`<a href="#/publications/${this.publicationId}/media">${t('media.backToLibrary')}</a>`;
    if (!this.picture) {
      return html`<nav class="breadcrumbs" aria-label=${t('nav.breadcrumbs')}><a href="#/">${t('nav.home')}</a> › ${back}</nav>
        ${problemAlert(this.problem)}<p role="status">${this.problem ? '' : t('app.loading')}</p>`;
    }
    const picture = this.picture;
    return html`
      <nav class="breadcrumbs" aria-label=${t('nav.breadcrumbs')}><a href="#/">${t('nav.home')}</a> › ${back}</nav>
      <h1>${picture.filename}</h1>
      <div class="picture-detail">
        <figure class="picture-large">
          <img src=${picture.src} srcset=${picture.srcset} sizes="(min-width: 60rem) 40rem, 90vw"
               alt=${pick(picture.alt)} width=${picture.width} height=${picture.height} data-testid="picture-large">
        </figure>
        <div>
          <dl class="picture-facts">
            <dt>${t('media.size')}</dt><dd>${picture.width} × ${picture.height} · ${fileSize(picture.totalBytes)}</dd>
            <dt>${t('media.format')}</dt><dd>${picture.mediaType}</dd>
            <dt>${t('media.uploadedBy')}</dt><dd>${picture.uploadedBy}, ${formatInstant(picture.uploadedAt)}</dd>
            <dt>${t('media.renditions')}</dt>
            <dd data-testid="renditions">${(picture.renditions ?? []).map((rendition) => `${rendition.width} × ${rendition.height}`).join(', ')}</dd>
          </dl>
          ${this.decorativeChoice(picture)}
          ${this.altForm(picture)}
          <p class="help">${t('media.focalPointInItems')}</p>
          ${may(this.me, 'editor') ? html`
            <picture-replacement publicationId=${this.publicationId} .picture=${picture} .limits=${this.limits}
              @picture-replaced=${(event) => this.replaced(event.detail)}></picture-replacement>
            <button type="button" class="danger" @click=${() => this.deletePicture()}>${t('media.delete')}</button>
            ${inUseNotice(this.deleteProblem)}` : nothing}
        </div>
      </div>
      <confirm-dialog></confirm-dialog>`;
  }

  altForm(picture) {
    const readonly = !this.writesAlt;
    return html`<form class="alt-texts" novalidate @submit=${(event) => this.saveAlt(event)}>
      <fieldset>
        <legend>${t('media.altTexts')}</legend>
        <p class="help" id="alt-help">${t('media.altHelp')}</p>
        ${this.locales.map((locale) => {
          const id = `alt-${locale}`;
          const error = this.altErrors?.find((one) => one.pointer?.endsWith(`/${locale}`));
          return html`<div class="field ${error ? 'has-error' : ''}">
            <label for=${id}>${t('media.altIn', { locale: t(`locale.${locale}`) })}</label>
            <textarea id=${id} rows="2" maxlength="500" lang=${locale} name=${locale} ?readonly=${readonly}
              aria-describedby=${error ? `alt-help ${id}-error` : 'alt-help'} aria-invalid=${error ? 'true' : 'false'}
              .value=${picture.alt?.[locale] ?? ''}></textarea>
            ${error ? html`<p class="field-error" id="${id}-error">${error.message}</p>` : nothing}
          </div>`;
        })}
      </fieldset>
      ${problemAlert(this.altProblem, [])}
      ${readonly ? nothing : html`<button type="submit">${t('media.saveAlt')}</button>`}
      ${statusNote(this.status)}
    </form>`;
  }

  /**
   * A decorative picture needs no alt text: items that place it start with their placement decorative, which is
   * what publishing checks. Saved as soon as it is changed.
   */
  decorativeChoice(picture) {
    const editor = may(this.me, 'editor');
    return html`<div class="decorative-choice">
      <input id="picture-decorative" type="checkbox" .checked=${picture.decorative === true} ?disabled=${!editor}
        aria-describedby="picture-decorative-help" @change=${(event) => this.markDecorative(event.target.checked)}>
      <label for="picture-decorative">${t('media.decorative')}</label>
      <p class="help" id="picture-decorative-help">${t('media.decorativeHelp')}</p>
      ${problemAlert(this.decorativeProblem)}
      ${statusNote(this.decorativeStatus)}
    </div>`;
  }

  async markDecorative(decorative) {
    try {
      const marked = await api.put(mediaPath(this.publicationId, `/${this.mediaId}/decorative`), { decorative });
      this.picture = remember(this.publicationId, marked.json);
      this.decorativeProblem = undefined;
      this.decorativeStatus = t(decorative ? 'media.markedDecorative' : 'media.unmarkedDecorative');
    } catch (problem) {
      this.decorativeProblem = problem;
      this.decorativeStatus = undefined;
    }
  }

  async saveAlt(event) {
    event.preventDefault();
    const alt = {};
    this.locales.forEach((locale) => {
      const text = this.querySelector(`#alt-${locale}`).value.trim();
      if (text) {
        alt[locale] = text;
      }
    });
    try {
      const written = await api.put(mediaPath(this.publicationId, `/${this.mediaId}/alt`), { alt });
      this.picture = remember(this.publicationId, written.json);
      this.altErrors = [];
      this.altProblem = undefined;
      this.status = t('media.altSaved');
    } catch (problem) {
      this.altProblem = problem;
      this.altErrors = problem.errors;
      this.status = undefined;
    }
  }

  /** The picture with its new file: its renditions, size and format are shown anew, its alt texts are the same. */
  replaced(picture) {
    this.picture = remember(this.publicationId, picture);
  }

  async deletePicture() {
    const confirmed = await this.querySelector('confirm-dialog').ask({
      question: t('media.deleteQuestion', { name: this.picture.filename }),
      explanation: t('media.deleteExplanation'),
      confirm: t('media.confirmDelete'),
    });
    if (!confirmed) {
      return;
    }
    try {
      await api.remove(mediaPath(this.publicationId, `/${this.mediaId}`));
      forget(this.publicationId, this.mediaId);
      go(`/publications/${this.publicationId}/media`);
    } catch (problem) {
      this.deleteProblem = problem;
    }
  }
}

customElements.define('picture-screen', PictureScreen);
