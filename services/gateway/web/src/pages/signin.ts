import { apiKey, get, type Me } from "../api";
import { errorBox, h, showError } from "../ui";

/** Sign in with an API key (an admin makes one with POST /v1/admin/api_keys); it stays in this browser only. */
export function signInPage(main: HTMLElement, signedIn: () => void) {
  const key = h("input", { id: "api-key", type: "password", autocomplete: "current-password", required: true, placeholder: "sk-kino-…" });
  const error = errorBox();
  const form = h("form", { class: "card narrow", "aria-labelledby": "signin-title" },
    h("h1", { id: "signin-title" }, "Sign in to Kino"),
    h("p", {}, "Paste your API key. It stays in this browser."),
    h("label", { for: "api-key" }, "API key"), key, error,
    h("button", { type: "submit", class: "primary" }, "Sign in"));
  form.addEventListener("submit", async event => {
    event.preventDefault();
    error.hidden = true;
    apiKey.set(key.value.trim());
    try {
      await get<Me>("/me");
      signedIn();
    } catch (e) {
      apiKey.clear();
      showError(error, e);
    }
  });
  main.append(form);
  key.focus();
}
