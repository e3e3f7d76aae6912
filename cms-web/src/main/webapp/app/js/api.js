import { languageTag } from './i18n.js';

/**
 * The management API as the UI uses it: bearer token from the session, answers in the UI language, ETags
 * kept with what was read so that writes can name the version they change (If-Match).
 */

let session;

export function connect(signedIn) {
  session = signedIn;
}

/** An application/problem+json answer; {@link errors} are the field errors of a 422, by JSON pointer. */
export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  get errors() {
    return this.problem.errors ?? [];
  }

  get isConflict() {
    return this.status === 412;
  }
}

/** What was read: the JSON and the ETag to send back with a change. */
export class Versioned {
  constructor(json, etag) {
    this.json = json;
    this.etag = etag;
  }
}

/**
 * {@code file}: a File sent as the raw body with its own media type (an XLIFF or TMX file), instead of a JSON
 * {@code body}.
 */
async function request(method, path, { body, etag, file, type } = {}) {
  const headers = {
    Authorization: `Bearer ${await session.token()}`,
    'Accept-Language': languageTag(),
    Accept: 'application/json, application/problem+json',
  };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (file !== undefined) {
    headers['Content-Type'] = type;
  }
  if (etag) {
    headers['If-Match'] = etag;
  }
  const response = await fetch(path.startsWith('/') ? path : `/api/v1/${path}`, {
    method,
    headers,
    body: file ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ApiProblem(response.status, json ?? {});
  }
  return new Versioned(json, response.headers.get('ETag'));
}

/**
 * Sends a file as the raw request body with its name in ?filename=, reporting the share sent so far (0 to 1):
 * XMLHttpRequest, because fetch tells nothing about an upload's progress. POST adds a file; PUT gives an existing
 * resource a new one (a picture's file).
 */
async function upload(path, file, onProgress = () => {}, method = 'POST') {
  const token = await session.token();
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, `/api/v1/${path}?filename=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept-Language', languageTag());
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        onProgress(event.loaded / event.total);
      }
    };
    xhr.onload = () => {
      const json = parsed(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(json);
      } else {
        reject(new ApiProblem(xhr.status, json ?? {}));
      }
    };
    // The server closes the connection after refusing an oversized body; the browser may see only that.
    xhr.onerror = () => reject(new ApiProblem(0, { detail: null, title: null, network: true }));
    xhr.send(file);
  });
}

function parsed(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/**
 * Saves a protected file (a source's original) under its own name: read with the bearer token, then handed to
 * the browser as a download, never opened in this origin.
 */
async function download(path) {
  const response = await fetch(`/api/v1/${path}`, { headers: { Authorization: `Bearer ${await session.token()}` } });
  if (!response.ok) {
    throw new ApiProblem(response.status, parsed(await response.text()) ?? {});
  }
  const name = filenameOf(response.headers.get('Content-Disposition')) ?? 'download';
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The file name of an RFC 6266 Content-Disposition, preferring the UTF-8 filename*. */
function filenameOf(disposition) {
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (extended) {
    return decodeURIComponent(extended[1]);
  }
  return /filename="([^"]*)"/i.exec(disposition ?? '')?.[1];
}

export const api = {
  read: (path) => request('GET', path),
  get: async (path) => (await request('GET', path)).json,
  post: async (path, body = {}) => (await request('POST', path, { body })).json,
  /** A POST that acts on a version read before (If-Match), answered with the new version. */
  postMatching: (path, etag) => request('POST', path, { etag }),
  create: (path, body) => request('POST', path, { body }),
  put: (path, body, etag) => request('PUT', path, { body, etag }),
  remove: (path, etag) => request('DELETE', path, { etag }),
  putEmpty: (path) => request('PUT', path),
  /** A POST without a body (a request to act, such as filling in the memory's exact matches); the JSON answer. */
  postEmpty: async (path) => (await request('POST', path)).json,
  /** A file of its own media type as the whole body of a PUT (an XLIFF or TMX import); the JSON answer. */
  putFile: async (path, file, type) => (await request('PUT', path, { file, type })).json,
  upload,
  /** A file as the raw body of a PUT, with upload progress like {@link upload}: a picture's new file. */
  replaceFile: (path, file, onProgress) => upload(path, file, onProgress, 'PUT'),
  download,
};
