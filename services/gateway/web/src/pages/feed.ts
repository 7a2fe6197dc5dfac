import { get, mediaUrl, send, type FeedEntry, type FeedPage } from "../api";
import { describe, h, shortId, toast } from "../ui";

/**
 * The endless feed: one video per screen, scroll or swipe (or ↑/↓) to the next; the visible one plays muted, a tap
 * turns its sound on. Like, share, remix and report sit beside it. Watch time goes back to Kino as a view when a
 * video leaves the screen; the next page loads before the end is reached.
 */
export async function feedPage(main: HTMLElement) {
  const list = h("section", { class: "feed", "aria-label": "Feed", tabindex: "0" });
  const sentinel = h("div", { class: "sentinel", "aria-hidden": "true" });
  const status = h("p", { class: "feed-status", role: "status" });
  main.append(list, status);
  let cursor: string | null = null, loading = false, done = false, soundOn = false;
  const watched = new Map<string, number>();
  const players: HTMLVideoElement[] = [];

  const reportView = (entry: FeedEntry, video: HTMLVideoElement) => {
    const seconds = (watched.get(entry.video_id) ?? 0) + video.currentTime;
    watched.delete(entry.video_id);
    if (seconds > 0) void send("POST", "/feed/events", { video_id: entry.video_id, type: "view", watch_seconds: Math.round(seconds * 100) / 100 }).catch(() => undefined);
  };

  const visibility = new IntersectionObserver(changes => {
    for (const change of changes) {
      const card = change.target as HTMLElement & { entry: FeedEntry };
      const video = card.querySelector("video")!;
      if (change.intersectionRatio >= 0.6) {
        video.muted = !soundOn;
        void video.play().catch(() => undefined);
      } else if (!video.paused) {
        video.pause();
        reportView(card.entry, video);
        video.currentTime = 0;
      }
    }
  }, { threshold: [0, 0.6] });

  const more = new IntersectionObserver(changes => { if (changes.some(c => c.isIntersecting)) void load(); }, { rootMargin: "600px" });

  async function load() {
    if (loading || done) return;
    loading = true;
    status.textContent = "Loading…";
    try {
      const page = await get<FeedPage>(`/feed?limit=5${cursor ? `&cursor=${cursor}` : ""}`);
      for (const entry of page.data) sentinel.before(card(entry));
      cursor = page.next_cursor;
      done = !page.has_more;
      status.textContent = done ? (list.querySelector("article") ? "You're all caught up." : "Nothing here yet. Create the first video!") : "";
    } catch (e) {
      status.textContent = describe(e);
    } finally {
      loading = false;
    }
  }

  function card(entry: FeedEntry) {
    const video = h("video", { class: "player", playsinline: true, loop: true, muted: true, preload: "metadata", "aria-label": entry.prompt });
    players.push(video);
    const frame = h("div", { class: "frame" }, video);
    const sound = h("button", { type: "button", class: "sound", "aria-pressed": "false" }, "Sound off");
    const toggleSound = () => {
      soundOn = !soundOn;
      for (const p of players) p.muted = !soundOn;
      for (const b of list.querySelectorAll<HTMLButtonElement>("button.sound")) { b.textContent = soundOn ? "Sound on" : "Sound off"; b.setAttribute("aria-pressed", String(soundOn)); }
      void video.play().catch(() => undefined);
    };
    video.addEventListener("click", toggleSound);
    sound.addEventListener("click", toggleSound);
    video.addEventListener("ended", () => watched.set(entry.video_id, (watched.get(entry.video_id) ?? 0) + video.duration));

    const likes = h("span", { class: "count" }, String(entry.likes));
    const like = h("button", { type: "button", class: "like", "aria-pressed": "false", "aria-label": `Like: ${entry.prompt}` }, "♥ Like ", likes);
    like.addEventListener("click", async () => {
      if (like.getAttribute("aria-pressed") === "true") return;
      try {
        await send("POST", "/feed/events", { video_id: entry.video_id, type: "like" });
        like.setAttribute("aria-pressed", "true");
        likes.textContent = String(entry.likes + 1);
      } catch (e) { toast(describe(e)); }
    });
    const share = h("button", { type: "button", "aria-label": `Share: ${entry.prompt}` }, "Share");
    share.addEventListener("click", async () => {
      const url = `${location.origin}/#/feed/${entry.video_id}`;
      try {
        await navigator.clipboard?.writeText(url);
        await send("POST", "/feed/events", { video_id: entry.video_id, type: "share" });
        toast("Link copied.");
      } catch (e) { toast(describe(e)); }
    });
    const remix = h("a", { class: "button", href: `#/create/${encodeURIComponent(entry.video_id)}`, "aria-label": `Remix: ${entry.prompt}` }, "Remix");
    remix.addEventListener("click", () => sessionStorage.setItem("kino.remix", JSON.stringify(entry)));
    const report = h("button", { type: "button", "aria-label": `Report: ${entry.prompt}` }, "Report");
    report.addEventListener("click", async () => {
      const reason = prompt("Why are you reporting this video?");
      if (!reason) return;
      try {
        await send("POST", "/feed/events", { video_id: entry.video_id, type: "report", reason });
        toast("Thank you. The video will be reviewed.");
      } catch (e) { toast(describe(e)); }
    });
    const notInterested = h("button", { type: "button", "aria-label": `Not interested: ${entry.prompt}` }, "Not interested");
    notInterested.addEventListener("click", async () => {
      try {
        await send("POST", "/feed/events", { video_id: entry.video_id, type: "not_interested" });
        toast("You'll see less like this.");
      } catch (e) { toast(describe(e)); }
    });

    const element = h("article", { class: "card-video", "data-video-id": entry.video_id, "aria-label": entry.prompt },
      frame,
      h("div", { class: "caption" }, h("p", { class: "prompt" }, entry.prompt), h("p", { class: "meta" }, `by ${shortId(entry.user_id)}`)),
      h("div", { class: "actions" }, like, share, remix, report, notInterested, sound)) as HTMLElement & { entry: FeedEntry };
    element.entry = entry;
    visibility.observe(element);
    void Promise.all([mediaUrl(`/feed/videos/${entry.video_id}/content?variant=thumbnail`), mediaUrl(`/feed/videos/${entry.video_id}/content`)])
      .then(([poster, source]) => { video.poster = poster; video.src = source; })
      .catch(e => { frame.append(h("p", { class: "error" }, describe(e))); });
    return element;
  }

  list.addEventListener("keydown", event => {
    if (!["ArrowDown", "ArrowUp", "j", "k"].includes(event.key)) return;
    event.preventDefault();
    const down = event.key === "ArrowDown" || event.key === "j";
    list.scrollBy({ top: (down ? 1 : -1) * list.clientHeight, behavior: "smooth" });
  });

  (main as HTMLElement & { leave?: () => void }).leave = () => {
    for (const element of list.querySelectorAll<HTMLElement & { entry: FeedEntry }>("article")) {
      const video = element.querySelector("video")!;
      if (!video.paused) reportView(element.entry, video);
    }
    visibility.disconnect();
    more.disconnect();
  };
  list.append(sentinel);
  more.observe(sentinel);
  await load();
}
