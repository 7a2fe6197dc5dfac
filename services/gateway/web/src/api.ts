// Kino's public API from the browser: the same /v1 routes OpenAI's SDKs call, with the API key as a Bearer token.

const KEY = "kino.apiKey";

export const apiKey = {
  get: () => localStorage.getItem(KEY),
  set: (key: string) => localStorage.setItem(KEY, key),
  clear: () => localStorage.removeItem(KEY),
};

/** An error from the API, in its own words (OpenAI's error shape: message and code). */
export class ApiError extends Error {
  constructor(message: string, readonly status: number, readonly code: string | null) {
    super(message);
  }
}

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const key = apiKey.get();
  if (key) headers.set("Authorization", `Bearer ${key}`);
  let response: Response;
  try {
    response = await fetch(`/v1${path}`, { ...init, headers });
  } catch {
    throw new ApiError("Kino cannot be reached. Check your connection and try again.", 0, null);
  }
  if (!response.ok) {
    let message = `The request failed (${response.status}).`;
    let code: string | null = null;
    try {
      const body = await response.json();
      message = body?.error?.message ?? message;
      code = body?.error?.code ?? null;
    } catch { /* not JSON: keep the status message */ }
    throw new ApiError(message, response.status, code);
  }
  return response;
}

export async function get<T>(path: string): Promise<T> {
  return (await request(path)).json() as Promise<T>;
}

export async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { "Content-Type": "application/json" };
  }
  const response = await request(path, init);
  const text = await response.text();
  return (text ? JSON.parse(text) : {}) as T;
}

/** Media behind the API key: fetched with the key, handed to <video>/<img> as an object URL. */
export async function mediaUrl(path: string): Promise<string> {
  return URL.createObjectURL(await (await request(path)).blob());
}

export async function mediaBlob(path: string): Promise<Blob> {
  return (await request(path)).blob();
}

export interface Me { id: string; handle: string | null; plan: string; age_bracket: string }
export interface Stage { name: string; status: string; placeholder: boolean }
export interface Video {
  id: string; status: string; progress: number; prompt: string; seconds: string; size: string; created_at: number;
  error: { code: string; message: string } | null; stages: Stage[]; remixed_from_video_id: string | null;
}
export interface FeedEntry {
  video_id: string; prompt: string; user_id: string; published_at: number; likes: number; views: number;
  public: boolean; age_gated: boolean; cameo_ids: string[]; remixed_from_video_id: string | null; source?: string;
}
export interface FeedPage { data: FeedEntry[]; has_more: boolean; next_cursor: string | null }
export interface Cameo {
  id: string; name: string; handle: string; age_bracket: string; permission: string; grants: string[]; restrictions: string[];
  voice: { median_pitch_hz: number; variant: string } | null;
}
export interface CameoUse { video_id: string; user_id: string; prompt: string; status: string; removed_because: string | null }
export interface ProvenanceCheck {
  results: { type: string; outcome: string; validation_state: string; issuer: string | null; model: string | null; generated_at: string | null }[];
  watermark: { detected: boolean; video_id: string | null; confidence: number | null; error?: string };
}
