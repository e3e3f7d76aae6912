import { api } from './api.js';

/**
 * The media library of a publication as the UI reads it (docs/media.md): pictures by id, read once per session
 * and kept, since a picture's renditions never change under its id except by a replacement, which answers the
 * picture anew ({@link remember}).
 */

const pictures = new Map();

function key(publicationId, mediaId) {
  return `${publicationId}/${mediaId}`;
}

/** The picture, from what was read before or from the API; rejects with the API's problem (404: not in it). */
export function mediaPicture(publicationId, mediaId) {
  const id = key(publicationId, mediaId);
  if (!pictures.has(id)) {
    const read = api.get(`publications/${publicationId}/media/${mediaId}`);
    read.catch(() => pictures.delete(id));
    pictures.set(id, read);
  }
  return pictures.get(id);
}

/** Keeps a picture the API answered (a listing, an upload, new alt texts), so the next read is current. */
export function remember(publicationId, picture) {
  pictures.set(key(publicationId, picture.id), Promise.resolve(picture));
  return picture;
}

export function forget(publicationId, mediaId) {
  pictures.delete(key(publicationId, mediaId));
}

/**
 * The widest rendition not wider than {@code width}, else the narrowest: a thumbnail that is sharp enough
 * without loading the 2048-pixel rendition. Its URL; the picture's src when it lists none.
 */
export function renditionUrl(picture, width) {
  const renditions = [...(picture.renditions ?? [])].sort((a, b) => a.width - b.width);
  const fitting = renditions.filter((rendition) => rendition.width <= width);
  return (fitting.length ? fitting[fitting.length - 1] : renditions[0])?.url ?? picture.src;
}

/** The media library's path under the management API. */
export function mediaPath(publicationId, rest = '') {
  return `publications/${publicationId}/media${rest}`;
}
