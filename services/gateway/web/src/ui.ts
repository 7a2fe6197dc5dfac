// Small DOM helpers: elements with text (never HTML from data), a status toast, and plain-words errors.
import { ApiError } from "./api";

type Attributes = Record<string, string | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) if (child !== null) element.append(child);
  return element;
}

export function toast(message: string) {
  const box = document.getElementById("toast")!;
  box.textContent = message;
  box.classList.add("shown");
  window.setTimeout(() => box.classList.remove("shown"), 4000);
}

/** An error as a person should read it: the API's own message, or what to do. */
export function describe(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return "Your API key was not accepted. Sign in again with a valid key.";
    return error.message;
  }
  return "Something went wrong. Please try again.";
}

export function errorBox(): HTMLParagraphElement {
  return h("p", { class: "error", role: "alert", hidden: true });
}

export function showError(box: HTMLElement, error: unknown) {
  box.textContent = describe(error);
  box.hidden = false;
}

export function shortId(id: string) {
  return id.length > 14 ? `${id.slice(0, 10)}…${id.slice(-4)}` : id;
}
