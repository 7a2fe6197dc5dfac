// Kino's web app: hash routes, one page at a time in <main>. Signed out, every route shows the sign-in page.
import "./style.css";
import { apiKey } from "./api";
import { signInPage } from "./pages/signin";
import { feedPage } from "./pages/feed";
import { createPage } from "./pages/create";
import { minePage } from "./pages/mine";
import { cameosPage } from "./pages/cameos";
import { verifyPage } from "./pages/verify";

const pages: Record<string, (main: HTMLElement, argument?: string) => Promise<void> | void> = {
  feed: feedPage, create: createPage, mine: minePage, cameos: cameosPage, verify: verifyPage,
};

let leave: (() => void) | undefined;

async function route() {
  const main = document.getElementById("main")!;
  const header = document.querySelector<HTMLElement>("header.top")!;
  leave?.();
  leave = undefined;
  main.replaceChildren();
  const [name, argument] = location.hash.replace(/^#\/?/, "").split("/");
  if (!apiKey.get()) {
    header.hidden = true;
    signInPage(main, () => { location.hash = "#/feed"; void route(); });
    return;
  }
  header.hidden = false;
  const page = pages[name] ?? feedPage;
  for (const link of header.querySelectorAll("nav a")) link.toggleAttribute("aria-current", link.getAttribute("href") === `#/${name || "feed"}`);
  document.title = `Kino · ${name ? name[0].toUpperCase() + name.slice(1) : "Feed"}`;
  const result = page(main, argument);
  if (result) await result;
  leave = (main as HTMLElement & { leave?: () => void }).leave;
}

document.getElementById("signout")!.addEventListener("click", () => {
  apiKey.clear();
  location.hash = "#/signin";
});
window.addEventListener("hashchange", () => void route());
void route();
