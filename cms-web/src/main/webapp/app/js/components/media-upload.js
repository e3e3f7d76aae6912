import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { mediaPath } from '../media.js';
import { fileSize } from './source-status.js';

/**
 * Uploads pictures into a publication's media library, one after another, each as the raw body of its own
 * request with a progress bar for its bytes (XMLHttpRequest's upload progress). A file larger than the library's
 * limit is refused here before a byte is sent; what the server refuses (an SVG, a name that contradicts the
 * bytes, a pixel flood, the quota) is shown on the file's row with the problem's title and detail. Fires
 * "picture-uploaded" with the picture the server answered (for bytes uploaded before: the existing one,
 * duplicate: true).
 */
class MediaUpload extends LightElement {

  static properties = {
    publicationId: {},
    limits: { attribute: false },
    uploads: { state: true },
  };

  constructor() {
    super();
    this.uploads = [];
  }

  render() {
    const max = this.limits?.maxUploadBytes;
    return html`
      <form class="media-upload" @submit=${(event) => this.submit(event)}>
        <label for="media-file">${t('media.chooseFiles')}</label>
        <input id="media-file" type="file" multiple aria-describedby="media-file-help"
               accept="image/jpeg,image/png,image/webp,image/gif,.jpg,.jpeg,.png,.webp,.gif">
        <p class="help" id="media-file-help">${t('media.uploadHelp', {
          max: max ? fileSize(max) : '…',
          formats: (this.limits?.formats ?? ['JPEG', 'PNG', 'WebP', 'GIF']).join(', ') })}</p>
        <button type="submit">${t('media.upload')}</button>
      </form>
      ${this.uploads.length ? html`<ul class="uploads" aria-label=${t('media.uploads')}>
        ${this.uploads.map((upload) => this.row(upload))}</ul>` : nothing}`;
  }

  row(upload) {
    return html`<li class="upload upload-${upload.state}" data-file=${upload.file.name}>
      <span class="upload-name">${upload.file.name}</span> <span class="size">${fileSize(upload.file.size)}</span>
      <progress max="100" value=${Math.round(upload.sent * 100)}
                aria-label=${t('media.uploadProgress', { name: upload.file.name })}></progress>
      <span class="upload-state" role=${upload.state === 'refused' ? 'alert' : 'status'}>${this.stateText(upload)}</span>
    </li>`;
  }

  stateText(upload) {
    switch (upload.state) {
      case 'sending': return t('media.sending', { percent: Math.round(upload.sent * 100) });
      case 'uploaded': return upload.picture.duplicate ? t('media.duplicate') : t('media.uploaded');
      case 'refused': return refusalText(upload);
      default: return t('media.waiting');
    }
  }

  async submit(event) {
    event.preventDefault();
    const input = this.querySelector('#media-file');
    const files = [...input.files];
    input.value = '';
    const added = files.map((file) => ({ file, state: 'waiting', sent: 0 }));
    this.uploads = [...added, ...this.uploads];
    for (const upload of added) {
      await this.send(upload);
    }
  }

  async send(upload) {
    const update = (changes) => {
      Object.assign(upload, changes);
      this.uploads = [...this.uploads];
    };
    const max = this.limits?.maxUploadBytes;
    if (max && upload.file.size > max) {
      update({ state: 'refused', title: t('media.tooLarge', { max: fileSize(max) }) });
      return;
    }
    update({ state: 'sending' });
    try {
      const picture = await api.upload(mediaPath(this.publicationId), upload.file, (sent) => update({ sent }));
      update({ state: 'uploaded', sent: 1, picture });
      this.dispatchEvent(new CustomEvent('picture-uploaded', { detail: picture, bubbles: true }));
    } catch (problem) {
      update({ state: 'refused', ...refusal(problem) });
    }
  }
}

/**
 * What a refused upload shows: the problem's title and its detail (left out when it says the same). A connection
 * closed without an answer (status 0) is what the browser may see when the server refuses an oversized body.
 */
export function refusal(problem) {
  if (problem.status === 0) {
    return { title: t('media.uploadBroken') };
  }
  const { title, detail } = problem.problem;
  return { title: title || problem.message, detail: title && detail !== title ? detail : undefined };
}

export function refusalText({ title, detail }) {
  return html`<strong class="problem-title">${title}</strong>${detail
    ? html` <span class="problem-detail">${detail}</span>` : nothing}`;
}

customElements.define('media-upload', MediaUpload);
