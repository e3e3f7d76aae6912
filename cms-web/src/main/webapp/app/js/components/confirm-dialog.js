import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { t } from '../i18n.js';

/**
 * Asks before a step that cannot be undone, in a native modal {@code <dialog>}: the browser keeps focus inside
 * it and closes it on Escape. Cancel takes the focus first, so a stray Enter does no harm; focus goes back
 * to where it was when the dialog closes.
 *
 * <p>{@code await dialog.ask({ question, explanation, confirm })} is true once the user confirmed.
 */
class ConfirmDialog extends LightElement {

  static properties = {
    question: { state: true },
    explanation: { state: true },
    confirmLabel: { state: true },
  };

  async ask({ question, explanation, confirm }) {
    this.question = question;
    this.explanation = explanation;
    this.confirmLabel = confirm;
    this.opener = document.activeElement;
    await this.updateComplete;
    const dialog = this.querySelector('dialog');
    dialog.returnValue = '';
    dialog.showModal();
    return new Promise((resolve) => {
      this.answer = resolve;
    });
  }

  closed(event) {
    this.answer?.(event.target.returnValue === 'confirm');
    this.answer = undefined;
    if (this.opener?.isConnected) {
      this.opener.focus();
    }
  }

  render() {
    return html`
      <dialog class="confirm" aria-labelledby="confirm-question" aria-describedby="confirm-explanation"
              @close=${(event) => this.closed(event)}>
        <form method="dialog">
          <h2 id="confirm-question">${this.question}</h2>
          <p id="confirm-explanation">${this.explanation}</p>
          <div class="form-actions">
            <button value="cancel" class="secondary" autofocus>${t('app.cancel')}</button>
            <button value="confirm" class="danger">${this.confirmLabel}</button>
          </div>
        </form>
      </dialog>`;
  }
}

customElements.define('confirm-dialog', ConfirmDialog);
