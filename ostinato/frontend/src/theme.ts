// The page's colour scheme: "auto" follows the OS (prefers-color-scheme), or the
// user's choice in Settings, remembered per browser.

export type ThemeChoice = "auto" | "light" | "dark";

const KEY = "ostinato.theme";
const dark = window.matchMedia("(prefers-color-scheme: dark)");

export function themeChoice(): ThemeChoice {
  const stored = localStorage.getItem(KEY);
  return stored === "light" || stored === "dark" ? stored : "auto";
}

function apply(): void {
  const choice = themeChoice();
  document.documentElement.dataset.scheme = choice === "auto" ? (dark.matches ? "dark" : "light") : choice;
}

export function setThemeChoice(choice: ThemeChoice): void {
  if (choice === "auto") localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, choice);
  apply();
}

dark.addEventListener("change", apply);
apply();
