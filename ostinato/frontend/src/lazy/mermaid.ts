// The Mermaid chunk (loaded by elements/mermaid.ts with import() when a page first
// shows a diagram): mermaid.js, bundled (its diagram kinds split into further
// chunks it loads itself), so pages without diagrams never fetch it.

import mermaid from "mermaid";

export interface MermaidLook {
  dark: boolean;
  font: string;
  text: string;
  bg: string;
  bgSecondary: string;
  border: string;
  primary: string;
}

let count = 0;
let looked = "";

/** The SVG (text) of the diagram `source`, in the page's colours. */
export async function render(source: string, look: MermaidLook): Promise<string> {
  const key = JSON.stringify(look);
  if (key !== looked) {
    looked = key;
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: "strict",
      theme: "base",
      fontFamily: look.font,
      themeVariables: {
        darkMode: look.dark,
        fontFamily: look.font,
        background: look.bg,
        primaryColor: look.bgSecondary,
        primaryTextColor: look.text,
        primaryBorderColor: look.border,
        lineColor: look.text,
        textColor: look.text,
        mainBkg: look.bgSecondary,
        nodeBorder: look.border,
      },
    });
  }
  const { svg } = await mermaid.render(`ost-mermaid-${++count}`, source);
  return svg;
}
