// The colour scheme: light or dark, on <html data-scheme="light|dark">, which
// app.css's tokens follow. The user's choice is kept per browser in
// localStorage["ostinato.theme"] = "auto" | "light" | "dark"; "auto" follows the
// app's theme.base when the server set one (<html data-base>), else the OS
// (prefers-color-scheme, live). index.html applies the stored choice with the
// same rules before the first paint; this module keeps it applied.

export type ThemeChoice = "auto" | "light" | "dark";
export type Scheme = "light" | "dark";

const KEY = "ostinato.theme";
const DARK = window.matchMedia("(prefers-color-scheme: dark)");
const root = document.documentElement;
const listeners: ((scheme: Scheme) => void)[] = [];

/** What the user chose in Settings ("auto" unless they chose a scheme). */
export function themeChoice(): ThemeChoice {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(KEY);
  } catch {
    // Storage refused (private mode, sandboxed frame): the choice lasts for this page only.
    stored = memory;
  }
  return stored === "light" || stored === "dark" ? stored : "auto";
}

let memory: string | null = null;

/** Store the user's choice and apply it at once. */
export function setThemeChoice(choice: ThemeChoice): void {
  const value = choice === "light" || choice === "dark" ? choice : "auto";
  memory = value;
  try {
    if (value === "auto") window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, value);
  } catch {
    // Kept in memory only.
  }
  applyTheme();
}

/** The scheme the page shows now. */
export function activeScheme(): Scheme {
  return root.dataset.scheme === "dark" ? "dark" : "light";
}

/** The app's default scheme (theme.base, or a custom theme's base), or null to follow the OS. */
export function appBase(): Scheme | null {
  const base = root.dataset.base;
  return base === "dark" || base === "light" ? base : null;
}

function schemeFor(choice: ThemeChoice): Scheme {
  if (choice !== "auto") return choice;
  return appBase() ?? (DARK.matches ? "dark" : "light");
}

/** Put the scheme for the current choice on <html>; tell listeners when it changed. */
export function applyTheme(): void {
  const scheme = schemeFor(themeChoice());
  if (root.dataset.scheme === scheme) return;
  root.dataset.scheme = scheme;
  for (const listener of listeners) listener(scheme);
}

/** Call `listener` whenever the active scheme changes (the OS, Settings, another tab). */
export function onSchemeChange(listener: (scheme: Scheme) => void): void {
  listeners.push(listener);
}

DARK.addEventListener("change", applyTheme);
window.addEventListener("storage", (event) => {
  if (event.key === KEY || event.key === null) applyTheme();
});
applyTheme();
