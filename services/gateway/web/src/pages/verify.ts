import { send, type ProvenanceCheck } from "../api";
import { errorBox, h, showError } from "../ui";

/** Upload a clip: Kino says in plain words whether it carries Content Credentials and Kino's invisible watermark. */
export function verifyPage(main: HTMLElement) {
  const file = h("input", { id: "verify-file", type: "file", accept: "video/mp4,video/*", required: true });
  const error = errorBox();
  const result = h("div", { class: "verify-result", "aria-live": "polite" });
  const form = h("form", { class: "card", "aria-labelledby": "verify-title" },
    h("h1", { id: "verify-title" }, "Check a video"),
    h("p", {}, "Was it made with Kino, and has it been changed? Upload it to check its Content Credentials (C2PA) and Kino's invisible watermark."),
    h("label", { for: "verify-file" }, "Video file"), file, error,
    h("button", { type: "submit", class: "primary" }, "Check"), result);
  form.addEventListener("submit", async event => {
    event.preventDefault();
    error.hidden = true;
    result.replaceChildren(h("p", {}, "Checking…"));
    const body = new FormData();
    body.set("file", file.files![0]);
    try {
      const check = await send<ProvenanceCheck>("POST", "/content_provenance_checks", body);
      const c2pa = check.results.find(r => r.type === "c2pa");
      const state = c2pa?.validation_state ?? "not_present";
      const words: Record<string, string> = {
        trusted: "Content Credentials are present, intact and signed by a trusted issuer.",
        valid: "Content Credentials are present and intact, but the signer is not on the trust list.",
        invalid: "Content Credentials are present but do not match the file: it was changed after signing.",
        not_present: "This file carries no Content Credentials.",
      };
      result.replaceChildren(...[
        h("p", { class: `badge ${state}` }, `Content Credentials: ${state.replace("_", " ")}`),
        h("p", {}, words[state] ?? state),
        c2pa?.issuer ? h("p", {}, `Signed by ${c2pa.issuer}${c2pa.model ? `, made with ${c2pa.model}` : ""}${c2pa.generated_at ? ` on ${new Date(c2pa.generated_at).toLocaleString()}` : ""}.`) : null,
        h("p", { class: `badge ${check.watermark.detected ? "trusted" : "not_present"}` },
          check.watermark.detected ? `Kino watermark detected: ${check.watermark.video_id}` : "No Kino watermark detected."),
      ].filter((node): node is HTMLParagraphElement => node !== null));
    } catch (e) {
      result.replaceChildren();
      showError(error, e);
    }
  });
  main.append(form);
}
