// The browser the end-to-end tests run in, chosen by E2E_ENGINE: "chromium" (the default:
// the system's Chromium through playwright-core, no browser download), or "firefox" or
// "webkit" through WebDriver (geckodriver, WebKitWebDriver), with the same page API.
import { chromium } from "playwright-core";
import { engines } from "../webdriver/client.mjs";
import { launch as launchWebDriver, Unsupported } from "../webdriver/page.mjs";

export const engine = process.env.E2E_ENGINE ?? "chromium";
export { Unsupported };

export function launch() {
  if (engine !== "chromium") {
    const found = engines().find((e) => e.name === engine);
    if (!found) throw new Error(`no driver for ${engine} on this machine (WebKit needs a display: run under xvfb-run)`);
    return launchWebDriver(found);
  }
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
