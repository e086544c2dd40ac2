import { ApiError } from '../../api/api-error.ts';

export interface DownloadRequest {
  /** A full path of this origin, as `urlOf` gives it from the route table: "/api/cpts/…/diagnostic.xlsx". */
  url?: string;
  /** Under /api, e.g. "/audit.csv", for routes not yet in the route table. */
  path?: string;
  method?: 'GET' | 'POST';
  body?: unknown;
  /** Session CSRF token, required for POST. */
  csrfToken?: string;
  /** Bytes received so far, and the total when the server announces it. */
  onProgress?: (received: number, total: number | null) => void;
}

function fileNameOf(response: Response): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'export';
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const payload = (await response.json()) as { error?: { code?: string; message?: string; field?: string } };
    return new ApiError(
      response.status,
      payload.error?.code ?? `http_${response.status}`,
      payload.error?.message ?? 'Export impossible.',
      payload.error?.field,
    );
  } catch {
    return new ApiError(response.status, `http_${response.status}`, 'Export impossible : le serveur a répondu par une erreur.');
  }
}

/** Reads the body chunk by chunk so that the page can show the progress of a large export. */
async function readBody(response: Response, onProgress: DownloadRequest['onProgress']): Promise<Blob> {
  const total = Number(response.headers.get('content-length')) || null;
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  if (!response.body) return new Blob([await response.arrayBuffer()], { type });
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value as Uint8Array<ArrayBuffer>);
    received += value.length;
    onProgress?.(received, total);
  }
  return new Blob(chunks, { type });
}

/**
 * Fetches an export (XLSX, PDF, CSV) with the session cookie and hands it to the browser as a
 * download under the name the server gave. Returns that name.
 */
export async function downloadFile(request: DownloadRequest): Promise<string> {
  const headers: Record<string, string> = {};
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (request.method === 'POST' && request.csrfToken) headers['x-csrf-token'] = request.csrfToken;
  let response: Response;
  try {
    response = await fetch(request.url ?? `/api${request.path ?? ''}`, {
      method: request.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      body: request.body === undefined ? null : JSON.stringify(request.body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Le serveur est injoignable. Vérifiez votre connexion puis réessayez.');
  }
  if (!response.ok) throw await errorOf(response);
  const blob = await readBody(response, request.onProgress);
  const name = fileNameOf(response);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
