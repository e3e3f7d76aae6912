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

async function request(method, path, { body, etag } = {}) {
  const headers = {
    Authorization: `Bearer ${await session.token()}`,
    'Accept-Language': languageTag(),
    Accept: 'application/json, application/problem+json',
  };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (etag) {
    headers['If-Match'] = etag;
  }
  const response = await fetch(path.startsWith('/') ? path : `/api/v1/${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ApiProblem(response.status, json ?? {});
  }
  return new Versioned(json, response.headers.get('ETag'));
}

export const api = {
  read: (path) => request('GET', path),
  get: async (path) => (await request('GET', path)).json,
  post: async (path, body = {}) => (await request('POST', path, { body })).json,
  create: (path, body) => request('POST', path, { body }),
  put: (path, body, etag) => request('PUT', path, { body, etag }),
  remove: (path, etag) => request('DELETE', path, { etag }),
};
