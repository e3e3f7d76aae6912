import { LitElement } from 'lit';

/**
 * A Lit element rendered into the light DOM, so the one stylesheet, labels and ARIA references work across
 * components, and that re-renders when the UI language changes.
 */
export class LightElement extends LitElement {

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    this.languageListener = () => this.requestUpdate();
    window.addEventListener('language-changed', this.languageListener);
  }

  disconnectedCallback() {
    window.removeEventListener('language-changed', this.languageListener);
    super.disconnectedCallback();
  }
}
