import { get, send, type Cameo, type CameoUse } from "../api";
import { describe, errorBox, h, showError, toast } from "../ui";

const permissions: [string, string][] = [
  ["only_me", "Only me"], ["approved", "People I approve"], ["mutual_followers", "Mutual followers"], ["everyone", "Everyone"],
];
const restrictions: [string, string][] = [["no_appearance_changes", "No changes to my appearance"], ["no_political_content", "No political content"]];

/**
 * Your cameos: make one from a short video of your own face, choose who may use it, grant and revoke people, and see
 * every video that used it (other people's drafts too), removing or reporting any of them.
 */
export async function cameosPage(main: HTMLElement) {
  const list = h("div", {});
  main.append(createForm(), list);
  await render();

  async function render() {
    list.replaceChildren();
    try {
      const { data } = await get<{ data: Cameo[] }>("/cameos");
      if (!data.length) list.append(h("p", { class: "card" }, "You have no cameo yet."));
      for (const cameo of data) list.append(await settings(cameo));
    } catch (e) {
      list.append(h("p", { class: "error", role: "alert" }, describe(e)));
    }
  }

  function createForm() {
    const name = h("input", { id: "cameo-name", required: true, maxlength: "80" });
    const video = h("input", { id: "cameo-video", type: "file", accept: "video/*,image/*", required: true });
    const age = h("select", { id: "cameo-age" }, h("option", { value: "adult" }, "18 or older"), h("option", { value: "minor" }, "Under 18"));
    const attest = h("input", { id: "cameo-attest", type: "checkbox", required: true });
    const error = errorBox();
    const form = h("form", { class: "card", "aria-labelledby": "cameo-create-title" },
      h("h1", { id: "cameo-create-title" }, "Make your cameo"),
      h("label", { for: "cameo-name" }, "Name"), name,
      h("label", { for: "cameo-video" }, "A short video (or photo) of your face, with your voice"), video,
      h("label", { for: "cameo-age" }, "Your age"), age,
      h("p", { class: "check" }, attest, h("label", { for: "cameo-attest" }, "This is my own face and voice")),
      error, h("button", { type: "submit", class: "primary" }, "Create cameo"));
    form.addEventListener("submit", async event => {
      event.preventDefault();
      error.hidden = true;
      const body = new FormData();
      body.set("name", name.value);
      body.set("video", video.files![0]);
      body.set("age_bracket", age.value);
      body.set("attest_own_likeness", attest.checked ? "true" : "false");
      try {
        await send("POST", "/videos/characters", body);
        form.reset();
        toast("Your cameo is ready.");
        await render();
      } catch (e) { showError(error, e); }
    });
    return form;
  }

  async function settings(cameo: Cameo) {
    const error = errorBox();
    const permission = h("select", { id: `perm-${cameo.id}` }, ...permissions.map(([v, label]) => h("option", { value: v, selected: v === cameo.permission }, label)));
    permission.disabled = cameo.age_bracket === "minor";
    const checks = restrictions.map(([v, label]) => {
      const box = h("input", { type: "checkbox", id: `${v}-${cameo.id}`, checked: cameo.restrictions.includes(v) });
      return { v, box, row: h("p", { class: "check" }, box, h("label", { for: `${v}-${cameo.id}` }, label)) };
    });
    const save = h("button", { type: "button" }, "Save settings");
    save.addEventListener("click", () => act(async () => {
      await send("PATCH", `/cameos/${cameo.id}`, { permission: permission.value, restrictions: checks.filter(c => c.box.checked).map(c => c.v) });
      toast("Saved.");
    }));
    const grantee = h("input", { id: `grant-${cameo.id}`, placeholder: "owner_…" });
    const grant = h("button", { type: "button" }, "Allow");
    grant.addEventListener("click", () => act(async () => { await send("POST", `/cameos/${cameo.id}/grants`, { user_id: grantee.value.trim() }); await render(); }));
    const grants = h("ul", {}, ...cameo.grants.map(user => {
      const revoke = h("button", { type: "button", "aria-label": `Revoke ${user}` }, "Revoke");
      revoke.addEventListener("click", () => act(async () => { await send("DELETE", `/cameos/${cameo.id}/grants/${user}`); await render(); }));
      return h("li", {}, `${user} `, revoke);
    }));
    const uses = h("ul", { class: "uses" });
    try {
      for (const use of (await get<{ data: CameoUse[] }>(`/cameos/${cameo.id}/videos`)).data) uses.append(useItem(cameo, use));
      if (!uses.children.length) uses.append(h("li", {}, "No video has used it yet."));
    } catch (e) { uses.append(h("li", { class: "error" }, describe(e))); }
    const remove = h("button", { type: "button", class: "danger" }, "Delete cameo");
    remove.addEventListener("click", () => act(async () => {
      if (!confirm("Delete this cameo? Every video that used it is taken down.")) return;
      await send("DELETE", `/cameos/${cameo.id}`);
      await render();
    }));
    return h("section", { class: "card", "aria-label": `Cameo ${cameo.name}` },
      h("h2", {}, `${cameo.name} (@${cameo.handle})`),
      h("p", { class: "meta" }, `${cameo.age_bracket === "minor" ? "A minor's cameo: only you can use it." : "Adult"} · voice ${cameo.voice ? `${Math.round(cameo.voice.median_pitch_hz)} Hz` : "default"}`),
      h("label", { for: `perm-${cameo.id}` }, "Who may use it"), permission, ...checks.map(c => c.row), save,
      h("h3", {}, "People you allowed"), grants,
      h("label", { for: `grant-${cameo.id}` }, "Allow a person (their user id)"), h("div", { class: "row" }, grantee, grant),
      h("h3", {}, "Every video that used it"), uses, error, remove);

    async function act(action: () => Promise<void>) {
      error.hidden = true;
      try { await action(); } catch (e) { showError(error, e); }
    }
  }

  function useItem(cameo: Cameo, use: CameoUse) {
    const remove = h("button", { type: "button", "aria-label": `Remove ${use.video_id}` }, "Remove");
    remove.addEventListener("click", async () => {
      try { await send("DELETE", `/cameos/${cameo.id}/videos/${use.video_id}`); await render(); } catch (e) { toast(describe(e)); }
    });
    const report = h("button", { type: "button", "aria-label": `Report ${use.video_id}` }, "Report");
    report.addEventListener("click", async () => {
      const reason = prompt("What is wrong with this video?") ?? "";
      try { await send("POST", `/cameos/${cameo.id}/videos/${use.video_id}/report`, { reason }); await render(); } catch (e) { toast(describe(e)); }
    });
    return h("li", {}, h("span", { class: "prompt" }, `“${use.prompt}” `), h("span", { class: "meta" }, `by ${use.user_id} · ${use.status}${use.removed_because ? ` (${use.removed_because})` : ""} `),
      use.status === "removed" ? null : remove, use.status === "removed" ? null : report);
  }
}
