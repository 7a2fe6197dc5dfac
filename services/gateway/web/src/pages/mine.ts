import { get, mediaUrl, send, type Video } from "../api";
import { describe, errorBox, h, showError, toast } from "../ui";

/** Your videos: published ones and drafts (still being made, or failed, with the reason), newest first. */
export async function minePage(main: HTMLElement) {
  const error = errorBox();
  const published = h("ul", { class: "videos" });
  const drafts = h("ul", { class: "videos" });
  main.append(h("section", { class: "card" }, h("h1", {}, "My videos"), error,
    h("h2", {}, "Published"), published, h("h2", {}, "Drafts"), drafts));
  try {
    const { data } = await get<{ data: Video[] }>("/videos?limit=100");
    for (const video of data) (video.status === "completed" ? published : drafts).append(item(video));
    if (!published.children.length) published.append(h("li", {}, "None yet."));
    if (!drafts.children.length) drafts.append(h("li", {}, "None."));
  } catch (e) {
    showError(error, e);
  }

  function item(video: Video) {
    const remove = h("button", { type: "button", "aria-label": `Delete: ${video.prompt}` }, "Delete");
    remove.addEventListener("click", async () => {
      if (!confirm("Delete this video for good?")) return;
      try {
        await send("DELETE", `/videos/${video.id}`);
        li.remove();
        toast("Deleted.");
      } catch (e) { toast(describe(e)); }
    });
    const thumb = h("img", { class: "thumb", alt: "", width: "90", height: "160" });
    if (video.status === "completed") void mediaUrl(`/videos/${video.id}/content?variant=thumbnail`).then(u => { thumb.src = u; }).catch(() => undefined);
    const li = h("li", { class: "video-item" }, thumb,
      h("div", {}, h("p", { class: "prompt" }, video.prompt),
        h("p", { class: "meta" }, `${video.status.replace("_", " ")}${video.status === "in_progress" ? ` · ${video.progress} %` : ""} · ${video.seconds} s · ${video.size}`),
        video.error ? h("p", { class: "error" }, video.error.message) : null),
      remove);
    return li;
  }
}
