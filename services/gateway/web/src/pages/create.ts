import { get, mediaBlob, send, type Cameo, type FeedEntry, type Me, type ProvenanceCheck, type Video } from "../api";
import { describe, errorBox, h, showError } from "../ui";

/**
 * Create a video: prompt, length, size, an optional first-frame image and a cameo. While the job runs, its progress
 * and every stage show live; the result plays with its provenance badge (Content Credentials and watermark, as
 * Kino's own checker reads the downloaded file). Opened from the feed's Remix, it starts from that video's prompt.
 */
export async function createPage(main: HTMLElement, remixOf?: string) {
  const prompt = h("textarea", { id: "prompt", rows: "4", maxlength: "4000", required: true, placeholder: "A red ball bounces on a beach at sunset; @handle says \"Hello!\"" });
  const seconds = h("select", { id: "seconds" }, ...["4", "8", "12"].map(s => h("option", { value: s }, `${s} seconds`)));
  const size = h("select", { id: "size" }, ...["720x1280", "1280x720", "1024x1792", "1792x1024"].map(s => h("option", { value: s }, s.replace("x", " × "))));
  const image = h("input", { id: "image", type: "file", accept: "image/png,image/jpeg,image/webp" });
  const cameo = h("select", { id: "cameo" }, h("option", { value: "" }, "No cameo"));
  const error = errorBox();
  // Enabled once the page has loaded what it needs; the form's handler is attached before anything is awaited, so an
  // early click can never fall through to the browser's own form submission (which reloads the page).
  const submit = h("button", { type: "submit", class: "primary", disabled: true }, "Create video");
  const form = h("form", { class: "card", "aria-labelledby": "create-title" },
    h("h1", { id: "create-title" }, remixOf ? "Remix a video" : "Create a video"),
    h("label", { for: "prompt" }, "Prompt"), prompt,
    h("div", { class: "row" },
      h("div", {}, h("label", { for: "seconds" }, "Duration"), seconds),
      h("div", {}, h("label", { for: "size" }, "Size"), size)),
    h("label", { for: "image" }, "First frame (optional image)"), image,
    h("label", { for: "cameo" }, "Cameo (yours, or one you may use: write its @handle in the prompt)"), cameo,
    error, submit);
  const progress = h("section", { class: "card", "aria-live": "polite", hidden: true });
  main.append(form, progress);

  const remix = remixOf ? JSON.parse(sessionStorage.getItem("kino.remix") ?? "null") as FeedEntry | null : null;
  if (remix) prompt.value = remix.prompt;
  let ownRemix = false;

  form.addEventListener("submit", async event => {
    event.preventDefault();
    error.hidden = true;
    submit.disabled = true;
    const body = new FormData();
    body.set("prompt", prompt.value.trim());
    body.set("seconds", seconds.value);
    body.set("size", size.value);
    if (image.files?.[0]) body.set("input_reference", image.files[0]);
    if (cameo.value) body.set("characters", JSON.stringify([{ id: cameo.value }]));
    try {
      const video = ownRemix
        ? await send<Video>("POST", `/videos/${remix!.video_id}/remix`, { prompt: prompt.value.trim() })
        : await send<Video>("POST", "/videos", body);
      await follow(video.id);
    } catch (e) {
      showError(error, e);
    } finally {
      submit.disabled = false;
    }
  });

  // Your own video is remixed for real (same seed, so what you keep of the prompt keeps its look); someone else's
  // video lends its prompt to a new one.
  ownRemix = remix !== null && remix.user_id === (await get<Me>("/me")).id;
  if (ownRemix) for (const field of [seconds, size, image, cameo]) field.disabled = true;
  try {
    for (const c of (await get<{ data: Cameo[] }>("/cameos")).data) cameo.append(h("option", { value: c.id }, `${c.name} (@${c.handle})`));
  } catch { /* no cameos: the picker stays empty */ }

  submit.disabled = false;

  async function follow(id: string) {
    progress.hidden = false;
    const bar = h("progress", { max: "100", value: "0", "aria-label": "Progress" });
    const stages = h("ol", { class: "stages" });
    const state = h("p", { class: "state" }, "Queued…");
    progress.replaceChildren(h("h2", {}, "Making your video"), bar, state, stages);
    while (true) {
      const video = await get<Video>(`/videos/${id}`);
      bar.value = video.progress;
      state.textContent = `${video.status.replace("_", " ")} · ${video.progress} %`;
      stages.replaceChildren(...video.stages.map(s => h("li", { class: `stage ${s.status}` }, `${s.name.replace("_", " ")}: ${s.status}`)));
      if (video.status === "failed") {
        progress.append(h("p", { class: "error", role: "alert" }, video.error?.message ?? "The video could not be made."));
        return;
      }
      if (video.status === "completed") return result(video);
      await new Promise(resolve => setTimeout(resolve, 1000));
    }
  }

  async function result(video: Video) {
    const blob = await mediaBlob(`/videos/${video.id}/content`);
    const player = h("video", { class: "player result", controls: true, autoplay: true, muted: true, playsinline: true, loop: true, "aria-label": video.prompt });
    player.src = URL.createObjectURL(blob);
    const badge = h("p", { class: "badge pending" }, "Checking Content Credentials…");
    progress.replaceChildren(h("h2", {}, "Your video is ready"), h("div", { class: "frame" }, player), badge,
      h("p", {}, h("a", { href: "#/mine" }, "See all your videos")));
    try {
      const form = new FormData();
      form.set("file", blob, `${video.id}.mp4`);
      const check = await send<ProvenanceCheck>("POST", "/content_provenance_checks", form);
      const c2pa = check.results.find(r => r.type === "c2pa");
      badge.className = `badge ${c2pa?.validation_state ?? "unknown"}`;
      badge.textContent = `Content Credentials: ${c2pa?.validation_state ?? "not present"}${c2pa?.issuer ? ` (signed by ${c2pa.issuer})` : ""} · watermark ${check.watermark.detected ? "detected" : "not detected"}`;
    } catch (e) {
      badge.textContent = describe(e);
    }
  }
}
