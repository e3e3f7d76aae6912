import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { pick, t } from '../i18n.js';
import { pointerOf, valueOf, withValue } from '../content.js';
import { fieldInput, picturesInput } from './field-inputs.js';

/**
 * An item's form drawn from its section type's field specs: the translatable fields of one locale, and the
 * shared fields editable, read-only (translators) or left out. Fires "content-changed" with the whole new
 * content on every edit; shows the server's errors at their fields. {@code besideField}, if given, draws what goes
 * beside a translatable field (the translation view's memory matches).
 */
class ItemForm extends LightElement {

  static properties = {
    type: { attribute: false },
    content: { attribute: false },
    locale: {},
    shared: {},
    errors: { attribute: false },
    readonly: { type: Boolean },
    besideField: { attribute: false },
    publicationId: {},
  };

  constructor() {
    super();
    this.shared = 'edit';
    this.errors = [];
  }

  render() {
    if (!this.type) {
      return nothing;
    }
    const translatable = this.type.fields.filter((field) => field.translatable);
    const shared = this.type.fields.filter((field) => !field.translatable);
    return html`
      ${translatable.length ? html`
        <fieldset class="locale-fields" lang=${this.locale}>
          <legend>${t('form.translatableIn', { locale: t(`locale.${this.locale}`) })}</legend>
          ${translatable.map((field) => html`${this.input(field, this.readonly)}${this.besideField?.(field) ?? nothing}`)}
        </fieldset>` : nothing}
      ${shared.length && this.shared !== 'hidden' ? html`
        <fieldset class="shared-fields">
          <legend>${this.shared === 'readonly' ? t('form.sharedReadOnly') : t('form.shared')}</legend>
          ${shared.map((field) => this.input(field, this.readonly || this.shared === 'readonly'))}
        </fieldset>` : nothing}`;
  }

  input(field, readonly) {
    if (PICTURE_KINDS.includes(field.kind)) {
      return picturesInput({
        spec: field,
        content: this.content,
        locale: this.locale,
        publicationId: this.publicationId,
        id: `${this.id || 'item'}-${this.locale}-${field.name}`,
        readonly: this.readonly,
        sharedReadonly: this.readonly || this.shared !== 'edit',
        error: this.errorFor(field)?.message,
        onContent: (content) => {
          this.content = content;
          this.dispatchEvent(new CustomEvent('content-changed', { detail: this.content }));
        },
      });
    }
    return fieldInput({
      spec: field,
      value: valueOf(this.content, field, this.locale),
      id: `${this.id || 'item'}-${field.translatable ? this.locale : 'shared'}-${field.name}`,
      readonly,
      error: this.errorFor(field)?.message,
      lang: field.translatable ? this.locale : undefined,
      onChange: (value) => {
        this.content = withValue(this.content, field, this.locale, value);
        this.dispatchEvent(new CustomEvent('content-changed', { detail: this.content }));
      },
    });
  }

  errorFor(field) {
    return this.errors.find((error) => isAt(error, field, this.locale));
  }
}

/** The kinds whose value has a shared part (the picture) and a part per locale (its words). */
const PICTURE_KINDS = ['image', 'image-list'];

function isAt(error, field, locale) {
  const shared = PICTURE_KINDS.includes(field.kind) ? [`/content/shared/${field.name}`] : [];
  return [`/content${pointerOf(field, locale)}`, `/values/${field.name}`, ...shared]
    .some((pointer) => error.pointer === pointer || error.pointer?.startsWith(`${pointer}/`));
}

/** The errors a form for this type and locale does not show at a field; the screen lists them. */
export function unshownErrors(type, locale, errors = []) {
  return errors.filter((error) => !type?.fields.some((field) => isAt(error, field, locale)));
}

customElements.define('item-form', ItemForm);

/** The section type's name in the UI language. */
export function typeLabel(type) {
  return type ? pick(type.label) : '';
}
