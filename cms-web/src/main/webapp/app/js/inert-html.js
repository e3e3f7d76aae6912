/**
 * Stored HTML as the body of an inert document. A document made by DOMParser has no browsing context: nothing in
 * the markup runs or loads (an <img onerror=…> never fires, a <script> never runs), unlike markup assigned to the
 * innerHTML of an element created in the page, whose images load and whose handlers run even while detached.
 * The server's sanitizer strips such markup already; this keeps the editor safe should anything slip through.
 */
export function inertBody(html) {
  return new DOMParser().parseFromString(html ?? '', 'text/html').body;
}
