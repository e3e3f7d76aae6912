import { html, nothing } from 'lit';
import { DOMParser as ContentParser, DOMSerializer, Schema } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { baseKeymap, toggleMark } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import { history, redo, undo } from 'prosemirror-history';
import { liftListItem, sinkListItem, splitListItem, wrapInList } from 'prosemirror-schema-list';
import { LightElement } from '../light-element.js';
import { t } from '../i18n.js';
import { inertBody } from '../inert-html.js';

/**
 * The input of a "rich-text" field: a ProseMirror editor whose schema holds exactly the formatting the server
 * keeps for bulletins (paragraphs, strong, em, bulleted and numbered lists, links), so what an editor sees is
 * what is stored; pasted text is reduced to the same on the way in. The value is HTML; "value-changed" fires
 * with the new HTML on every edit by the user, never for a value set from outside.
 */

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { content: 'inline*', group: 'block', parseDOM: [{ tag: 'p' }], toDOM: () => ['p', 0] },
    bullet_list: { content: 'list_item+', group: 'block', parseDOM: [{ tag: 'ul' }], toDOM: () => ['ul', 0] },
    ordered_list: { content: 'list_item+', group: 'block', parseDOM: [{ tag: 'ol' }], toDOM: () => ['ol', 0] },
    list_item: { content: 'paragraph block*', defining: true, parseDOM: [{ tag: 'li' }], toDOM: () => ['li', 0] },
    text: { group: 'inline' },
    // Not offered, but line breaks stored before (the server keeps <br>) survive an edit of the same text.
    hard_break: { inline: true, group: 'inline', selectable: false, parseDOM: [{ tag: 'br' }], toDOM: () => ['br'] },
  },
  marks: {
    strong: { parseDOM: [{ tag: 'strong' }, { tag: 'b' }], toDOM: () => ['strong', 0] },
    em: { parseDOM: [{ tag: 'em' }, { tag: 'i' }], toDOM: () => ['em', 0] },
    link: {
      attrs: { href: {} },
      inclusive: false,
      parseDOM: [{ tag: 'a[href]', getAttrs: (link) => ({ href: link.getAttribute('href') }) }],
      toDOM: (mark) => ['a', { href: mark.attrs.href }, 0],
    },
  },
});

const { strong, em, link } = schema.marks;
const { bullet_list: bulletList, ordered_list: orderedList, list_item: listItem } = schema.nodes;

/** The addresses the server keeps in links; anything else would be dropped silently on save. */
const LINKABLE = /^(https?:\/\/[^\s/?#]+\S*|mailto:\S+)$/i;

const keys = keymap({
  'Mod-z': undo,
  'Shift-Mod-z': redo,
  'Mod-y': redo,
  'Mod-b': toggleMark(strong),
  'Mod-i': toggleMark(em),
  Enter: splitListItem(listItem),
  'Mod-[': liftListItem(listItem),
  'Mod-]': sinkListItem(listItem),
});

function stateOf(value) {
  return EditorState.create({
    doc: ContentParser.fromSchema(schema).parse(inertBody(value)),
    plugins: [history(), keys, keymap(baseKeymap)],
  });
}

/**
 * The document as the HTML the server stores: a list item's lone paragraph unwrapped (<li>text</li>), empty
 * paragraphs left out, non-breaking spaces the browser put in while typing written as spaces, and nothing at
 * all for a document without text, so that clearing the field clears the value.
 */
export function htmlOf(doc) {
  if (!doc.textContent.trim()) {
    return '';
  }
  const container = document.createElement('div');
  container.append(DOMSerializer.fromSchema(schema).serializeFragment(doc.content));
  for (const item of container.querySelectorAll('li')) {
    const only = item.firstElementChild;
    if (item.childNodes.length === 1 && only?.tagName === 'P') {
      only.replaceWith(...only.childNodes);
    }
  }
  for (const paragraph of container.querySelectorAll('p')) {
    if (!paragraph.textContent.trim() && !paragraph.querySelector('br')) {
      paragraph.remove();
    }
  }
  return container.innerHTML.replace(/&nbsp;|\u00a0/g, ' ');
}

function markActive(state, type) {
  const { from, to, empty, $from } = state.selection;
  return empty ? Boolean(type.isInSet(state.storedMarks || $from.marks())) : state.doc.rangeHasMark(from, to, type);
}

/** The list the selection is in, innermost first. */
function enclosingList(state) {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type === bulletList || node.type === orderedList) {
      return { node, pos: $from.before(depth) };
    }
  }
  return undefined;
}

/** Out of a list of this kind, into one, or from the other kind of list to this one. */
function toggleList(type) {
  return (state, dispatch) => {
    const list = enclosingList(state);
    if (list?.node.type === type) {
      return liftListItem(listItem)(state, dispatch);
    }
    if (list) {
      dispatch?.(state.tr.setNodeMarkup(list.pos, type));
      return true;
    }
    return wrapInList(type)(state, dispatch);
  };
}

/** Where the link changes apply: the selection, or the whole link the cursor stands in. */
function linkRange(state) {
  const { from, to, empty, $from } = state.selection;
  if (!empty) {
    return { from, to };
  }
  const { node, offset } = $from.parent.childAfter($from.parentOffset);
  if (node && link.isInSet(node.marks)) {
    const start = $from.start() + offset;
    return { from: start, to: start + node.nodeSize };
  }
  return undefined;
}

class RichTextEditor extends LightElement {

  static properties = {
    value: {},
    inputId: {},
    labelId: {},
    label: {},
    described: {},
    invalid: {},
    readonly: { type: Boolean },
    contentLang: {},
    linking: { state: true },
  };

  render() {
    const state = this.view?.state;
    const button = (name, command, active) => html`<button type="button" class="secondary"
        aria-pressed=${state && active ? String(active(state)) : nothing} aria-controls=${this.inputId}
        @mousedown=${(event) => event.preventDefault()}
        @click=${() => this.run(command)}>${t(`richText.${name}`)}</button>`;
    return html`
      ${this.readonly ? nothing : html`<div class="rich-text-toolbar" role="toolbar"
          aria-label=${t('richText.toolbar', { field: this.label })}>
        ${button('bold', toggleMark(strong), (current) => markActive(current, strong))}
        ${button('italic', toggleMark(em), (current) => markActive(current, em))}
        ${button('bulletList', toggleList(bulletList), (current) => enclosingList(current)?.node.type === bulletList)}
        ${button('orderedList', toggleList(orderedList), (current) => enclosingList(current)?.node.type === orderedList)}
        <button type="button" class="secondary" aria-pressed=${state ? String(markActive(state, link)) : nothing}
          aria-expanded=${this.linking ? 'true' : 'false'}
          aria-controls=${this.linking ? `${this.inputId}-link-form` : nothing}
          @click=${() => this.openLinkForm()}>${t('richText.link')}</button>
      </div>`}
      ${this.linking ? this.linkForm() : nothing}
      <div class="rich-text-area"></div>`;
  }

  linkForm() {
    const id = `${this.inputId}-link`;
    const { href, error } = this.linking;
    return html`<div class="rich-text-link" id="${this.inputId}-link-form" role="group"
        aria-label=${t('richText.link')}>
      <label for=${id}>${t('richText.linkAddress')}</label>
      <input id=${id} type="url" .value=${href} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @input=${(event) => { this.linking = { ...this.linking, href: event.target.value }; }}
        @keydown=${(event) => this.linkKey(event)}>
      <button type="button" @click=${() => this.applyLink()}>${t('richText.applyLink')}</button>
      ${this.linking.existing ? html`<button type="button" class="secondary"
        @click=${() => this.removeLink()}>${t('richText.removeLink')}</button>` : nothing}
      <button type="button" class="secondary" @click=${() => this.closeLinkForm()}>${t('richText.cancelLink')}</button>
      ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
    </div>`;
  }

  updated() {
    if (!this.view) {
      this.shown = this.value ?? '';
      this.view = new EditorView(this.querySelector('.rich-text-area'), {
        state: stateOf(this.shown),
        dispatchTransaction: (transaction) => this.apply(transaction),
      });
      this.requestUpdate();
    } else if ((this.value ?? '') !== this.shown) {
      // Set from outside (loaded, saved, reloaded after a conflict): the stored text replaces the document.
      this.shown = this.value ?? '';
      this.view.updateState(stateOf(this.shown));
    }
    this.view.setProps({ editable: () => !this.readonly, attributes: this.editableAttributes() });
  }

  disconnectedCallback() {
    this.view?.destroy();
    this.view = undefined;
    super.disconnectedCallback();
  }

  editableAttributes() {
    const attributes = {
      id: this.inputId,
      class: 'rich-text',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-labelledby': this.labelId,
      'aria-invalid': this.invalid ?? 'false',
      'aria-readonly': this.readonly ? 'true' : 'false',
    };
    if (this.described) {
      attributes['aria-describedby'] = this.described;
    }
    if (this.contentLang) {
      attributes.lang = this.contentLang;
    }
    return attributes;
  }

  apply(transaction) {
    this.view.updateState(this.view.state.apply(transaction));
    if (transaction.docChanged) {
      const html = htmlOf(this.view.state.doc);
      if (html !== this.shown) {
        this.shown = html;
        this.dispatchEvent(new CustomEvent('value-changed', { detail: html }));
      }
    }
    this.requestUpdate();
  }

  run(command) {
    command(this.view.state, this.view.dispatch);
    this.view.focus();
  }

  openLinkForm() {
    const range = linkRange(this.view.state);
    const existing = range && this.view.state.doc.rangeHasMark(range.from, range.to, link)
      ? this.markAt(range.from) : undefined;
    this.linking = { href: existing?.attrs.href ?? '', existing: Boolean(existing) };
    this.updateComplete.then(() => this.querySelector(`#${CSS.escape(this.inputId)}-link`)?.focus());
  }

  markAt(position) {
    const node = this.view.state.doc.nodeAt(position);
    return node && link.isInSet(node.marks);
  }

  linkKey(event) {
    // Enter would submit the item's form; Escape leaves the address unchanged.
    if (event.key === 'Enter') {
      event.preventDefault();
      this.applyLink();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.closeLinkForm();
    }
  }

  applyLink() {
    const href = this.linking.href.trim();
    if (!LINKABLE.test(href)) {
      this.linking = { ...this.linking, error: t('richText.linkRefused') };
      return;
    }
    const { state } = this.view;
    const range = linkRange(state);
    const mark = link.create({ href });
    const transaction = state.tr;
    if (range) {
      transaction.removeMark(range.from, range.to, link).addMark(range.from, range.to, mark);
    } else {
      // Nothing selected: the address itself becomes the linked text.
      const at = state.selection.from;
      transaction.insertText(href, at).addMark(at, at + href.length, mark);
    }
    this.view.dispatch(transaction);
    this.closeLinkForm();
  }

  removeLink() {
    const range = linkRange(this.view.state);
    if (range) {
      this.view.dispatch(this.view.state.tr.removeMark(range.from, range.to, link));
    }
    this.closeLinkForm();
  }

  closeLinkForm() {
    this.linking = undefined;
    this.view.focus();
  }
}

customElements.define('rich-text-editor', RichTextEditor);
