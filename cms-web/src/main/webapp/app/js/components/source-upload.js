import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { fileSize } from './source-status.js';

/**
 * Uploads source reports chosen by the editor, one after another, each with a progress bar for its bytes.
 * Files larger than the server's limit are refused here before a byte is sent; what the server refuses (a type
 * it does not take, an empty file) is shown on the file's row. Fires "source-uploaded" with the source the
 * server answered, which for bytes uploaded before is the existing one (duplicate: true).
 */
class SourceUpload extends LightElement {

  static properties = {
    maxBytes: { type: Number },
    uploads: { state: true },
  };

  constructor() {
    super();
    this.uploads = [];
  }

  render() {
    return html`
      <form class="source-upload" @submit=${(event) => this.submit(event)}>
        <label for="source-file">${t('source.chooseFiles')}</label>
        <input id="source-file" type="file" multiple aria-describedby="source-file-help"
               accept=".pdf,.doc,.docx,.odt,.rtf,.ppt,.pptx,.xls,.xlsx,.ods,.odp,.html,.htm,.txt">
        <p class="help" id="source-file-help">${t('source.uploadHelp', {
          max: this.maxBytes ? fileSize(this.maxBytes) : '…' })}</p>
        <button type="submit">${t('source.upload')}</button>
      </form>
      ${this.uploads.length ? html`<ul class="uploads" aria-label=${t('source.uploads')}>
        ${this.uploads.map((upload) => this.row(upload))}</ul>` : nothing}`;
  }

  row(upload) {
    return html`<li class="upload upload-${upload.state}" data-file=${upload.file.name}>
      <span class="upload-name">${upload.file.name}</span> <span class="size">${fileSize(upload.file.size)}</span>
      <progress max="100" value=${Math.round(upload.sent * 100)}
                aria-label=${t('source.uploadProgress', { name: upload.file.name })}></progress>
      <span class="upload-state" role=${upload.state === 'refused' ? 'alert' : 'status'}>${this.stateText(upload)}</span>
    </li>`;
  }

  stateText(upload) {
    switch (upload.state) {
      case 'sending': return t('source.sending', { percent: Math.round(upload.sent * 100) });
      case 'uploaded': return upload.source.duplicate ? t('source.duplicate') : t('source.uploaded');
      case 'refused': return upload.message;
      default: return t('source.waiting');
    }
  }

  async submit(event) {
    event.preventDefault();
    const input = this.querySelector('#source-file');
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
    if (this.maxBytes && upload.file.size > this.maxBytes) {
      update({ state: 'refused', message: t('source.tooLarge', { max: fileSize(this.maxBytes) }) });
      return;
    }
    update({ state: 'sending' });
    try {
      const source = await api.upload('sources', upload.file, (sent) => update({ sent }));
      update({ state: 'uploaded', sent: 1, source });
      this.dispatchEvent(new CustomEvent('source-uploaded', { detail: source, bubbles: true }));
    } catch (problem) {
      update({ state: 'refused', message: problem.status === 0 ? t('source.uploadBroken') : problem.message });
    }
  }
}

customElements.define('source-upload', SourceUpload);
