// Bundles src/main.ts into dist/app.js (an ES module) and copies the page and its
// styles. A heavy library is imported with `import("…")` where it is first needed:
// it becomes a chunk in dist/chunks/ that only pages using it ever fetch.
// Every module in src/elements/ registers the element kinds it draws; none is
// imported by hand: main.ts imports "virtual:elements", which this build makes
// from the folder's listing, so adding a kind is adding a file.
import { build, transform } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

const SRC = resolve("src");

/** `import "virtual:elements"` → one import per src/elements/*.ts, sorted by name. */
const elements = {
  name: "elements",
  setup(b) {
    b.onResolve({ filter: /^virtual:elements$/ }, (args) => ({ path: args.path, namespace: "elements" }));
    b.onLoad({ filter: /.*/, namespace: "elements" }, () => {
      const files = readdirSync(resolve(SRC, "elements"))
        .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
        .sort();
      return {
        contents: files.map((name) => `import "./elements/${name}";`).join("\n"),
        resolveDir: SRC,
        loader: "ts",
        watchDirs: [resolve(SRC, "elements")],
      };
    });
  },
};

mkdirSync("dist", { recursive: true });
rmSync("dist/chunks", { recursive: true, force: true });
const bundled = await build({
  entryPoints: { app: "src/main.ts" },
  bundle: true,
  format: "esm",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  assetNames: "chunks/[name]-[hash]",
  minify: true,
  sourcemap: false,
  target: "es2020",
  outdir: "dist",
  logLevel: "warning",
  plugins: [elements],
  metafile: true,
});
// Code app.js shares with a lazy chunk lands in a chunk app.js imports statically:
// the page names those in <link rel="modulepreload"> so they load beside app.js
// rather than after it. Lazy chunks (dynamic imports) are never named.
const shared = bundled.metafile.outputs["dist/app.js"].imports
  .filter((i) => i.kind === "import-statement")
  .map((i) => i.path.replace(/^dist\//, ""));
const preload = shared
  .map((path) => `<link rel="modulepreload" href="/_ostinato/static/${path}" />`)
  .join("\n    ");
const page = readFileSync("src/index.html", "utf8");
const entry = '<script type="module" src="/_ostinato/static/app.js"></script>';
if (!page.includes(entry)) throw new Error(`src/index.html must load app.js as: ${entry}`);
writeFileSync("dist/index.html", page.replace(entry, preload ? `${preload}\n    ${entry}` : entry));
writeFileSync("dist/shared-chunks.json", JSON.stringify(shared));
// The page's styles: the theme (src/app.css) first, then the other styles of the
// page's frame (src/*.css), then each element's own (src/elements/<kind>.css,
// beside its module), each group by name.
const cssIn = (folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith(".css") && name !== "app.css")
    .sort()
    .map((name) => `/* ${name} */\n${readFileSync(resolve(folder, name), "utf8")}`);
const styles = [...cssIn(SRC), ...cssIn(resolve(SRC, "elements"))];
const css = [readFileSync("src/app.css", "utf8"), ...styles].join("\n");
// Minified: the page's weight counts (≤ 150 KB for the counter app, font included).
writeFileSync("dist/app.css", (await transform(css, { loader: "css", minify: true, logLevel: "warning" })).code);

// The UI font, bundled (no CDN): Source Sans 3, latin subset, the weights app.css
// names in its @font-face rules (regular, semibold, bold), as woff2.
const FONTS = resolve("node_modules/@fontsource/source-sans-3/files");
rmSync("dist/fonts", { recursive: true, force: true });
mkdirSync("dist/fonts", { recursive: true });
for (const weight of [400, 600, 700]) {
  const name = `source-sans-3-latin-${weight}-normal.woff2`;
  copyFileSync(resolve(FONTS, name), resolve("dist/fonts", name));
}

// KaTeX's styles for the lazy math chunk (src/lazy/katex.ts adds the <link> when it
// first loads): dist/chunks/katex.css with its fonts beside it, woff2 only (every
// browser the page supports reads it; the woff/ttf fallbacks would only weigh).
const woff2Only = {
  name: "woff2-only",
  setup(b) {
    b.onLoad({ filter: /katex\.min\.css$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replace(/,url\([^)]*\.(woff|ttf)\) format\("(woff|truetype)"\)/g, ""),
      loader: "css",
    }));
  },
};
await build({
  entryPoints: { "chunks/katex": "node_modules/katex/dist/katex.min.css" },
  bundle: true,
  minify: true,
  loader: { ".woff2": "file" },
  assetNames: "chunks/fonts/[name]-[hash]",
  outdir: "dist",
  logLevel: "warning",
  plugins: [woff2Only],
});

// Material Symbols Rounded (the icons of `:material/name:`): app.css names it in an
// @font-face, so a browser fetches it only for a page that shows an icon.
copyFileSync(
  resolve("node_modules/@material-symbols/font-400/material-symbols-rounded.woff2"),
  resolve("dist/fonts/material-symbols-rounded.woff2"),
);

// Emoji shortcodes (`:smile:`), read by the server's Markdown (ostinato/tree/
// markdown_ext.py): markdown-it-emoji's table of GitHub's names, as JSON.
const { default: emoji } = await import("markdown-it-emoji/lib/data/full.mjs");
writeFileSync("dist/emoji.json", JSON.stringify(emoji));
