import { ApiError } from './api-error.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface ErrorPayload {
  error?: { code?: unknown; message?: unknown; field?: unknown };
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Stored from the login response and from GET /api/auth/me. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when an API call answers 401 (expired session): the session provider logs the user out. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
  /** Do not trigger the global 401 handler (login and session probe). */
  allowUnauthorized?: boolean;
}

async function toApiError(response: Response): Promise<ApiError> {
  let payload: ErrorPayload | null = null;
  try {
    payload = (await response.json()) as ErrorPayload;
  } catch {
    payload = null;
  }
  const error = payload?.error;
  const message = typeof error?.message === 'string' ? error.message : defaultMessage(response.status);
  const code = typeof error?.code === 'string' ? error.code : `http_${response.status}`;
  const field = typeof error?.field === 'string' ? error.field : undefined;
  return new ApiError(response.status, code, message, field);
}

function defaultMessage(status: number): string {
  if (status === 401) return 'Votre session a expiré. Reconnectez-vous.';
  if (status === 403) return "Vous n'avez pas les droits nécessaires pour cette action.";
  if (status === 404) return 'Ressource introuvable.';
  if (status === 429) return 'Trop de tentatives. Patientez quelques minutes avant de réessayer.';
  if (status >= 500) return 'Le serveur a rencontré une erreur. Réessayez dans un instant.';
  return `La requête a échoué (code ${status}).`;
}

/** A request to the API under `/api` (`path` without the prefix). */
export function apiRequest<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  return fetchJson<T>(method, `/api${path}`, options);
}

/** A JSON request to a full path of this origin (`/api/…`, `/fhir/…`). */
export async function fetchJson<T>(method: Method, url: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'Le serveur est injoignable. Vérifiez votre connexion puis réessayez.');
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && !options.allowUnauthorized) onUnauthorized?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Sends a file as the raw request body to a full path of this origin (large directory extractions are streamed, not encoded). */
export async function uploadFile<T>(method: Method, url: string, file: Blob): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/octet-stream' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, { method, headers, credentials: 'same-origin', body: file });
  } catch {
    throw new ApiError(0, 'network', "L'envoi du fichier a été interrompu. Vérifiez votre connexion puis réessayez.");
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401) onUnauthorized?.();
    throw error;
  }
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => apiRequest<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => apiRequest<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => apiRequest<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => apiRequest<T>('DELETE', path, options),
};

/** "?region=93&q=x", skipping empty values. */
export function query(params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
