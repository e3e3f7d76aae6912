import { html, nothing } from 'lit';
import { t } from '../i18n.js';

/** Extraction states that end; the others (queued, extracting) change by themselves and are watched. */
const SETTLED = ['done', 'failed'];

export function isSettled(source) {
  return SETTLED.includes(source.status);
}

/**
 * A source's extraction as the user follows it: the state in words, a progress bar while it runs, and the
 * reason when it failed ("The document is encrypted").
 */
export function extractionStatus(source) {
  const running = !isSettled(source);
  return html`<span class="extraction extraction-${source.status}" data-status=${source.status}>
    <span class="extraction-state">${t(`source.status.${source.status}`)}</span>
    ${running ? html`<progress max="100" value=${source.progress}
        aria-label=${t('source.extractionProgress', { name: source.filename })}>${source.progress} %</progress>` : nothing}
    ${source.failure ? html`<span class="extraction-failure">${failureText(source.failure)}</span>` : nothing}
  </span>`;
}

function failureText(failure) {
  const key = `source.failure.${failure.reason}`;
  const text = t(key);
  return text === key ? failure.reason : text;
}

/** A size in bytes as people read it: "842 KB". */
export function fileSize(bytes) {
  const units = ['B', 'KB', 'MB', 'GB'];
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? size : size.toFixed(size < 10 ? 1 : 0)} ${units[unit]}`;
}

/**
 * Calls {@code refresh} every {@code intervalMs} while {@code wanted()} says something is still changing, until
 * {@code stop()} is called: extraction runs in the background on the server, which tells nobody, so the screens
 * that show it ask again.
 */
export function watch(refresh, wanted, intervalMs = 1500) {
  let timer;
  let stopped = false;
  const tick = async () => {
    if (stopped) {
      return;
    }
    if (wanted()) {
      try {
        await refresh();
      } catch {
        // a failed refresh is shown by the next successful one; the user is not interrupted for it
      }
    }
    timer = setTimeout(tick, intervalMs);
  };
  timer = setTimeout(tick, intervalMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
