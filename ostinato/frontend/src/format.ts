// Number, size, date and time formatting shared by the renderers.

/** "12 B", "3.4 KB", "1.2 MB". */
export function bytes(size: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = size;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** YYYY-MM-DD of a day count since 1970-01-01. */
export function dayText(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

/** HH:MM (HH:MM:SS when there are seconds) of seconds since midnight. */
export function timeText(seconds: number): string {
  const s = Math.round(seconds);
  const text = `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}`;
  return s % 60 ? `${text}:${pad(s % 60)}` : text;
}

/** YYYY-MM-DD HH:MM of seconds since the epoch (UTC, like the server's wire value). */
export function dateTimeText(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 16).replace("T", " ");
}

/** Decimals a step needs: 0.05 → 2; at least `least`. */
export function decimals(step: number, least = 0): number {
  const text = String(step);
  const exp = /e-(\d+)$/.exec(text);
  const places = exp ? Number(exp[1]) : (text.split(".")[1] ?? "").length;
  return Math.min(Math.max(places, least), 10);
}

/** printf-style number format as st.slider / st.number_input take it:
 * %d %i %u %f %.2f %e %g %s, with any text around ("%d °C", "$%.2f"). */
export function printf(format: string, value: number): string {
  return format.replace(/%([+ 0-]*)(\d*)(?:\.(\d+))?([diufFeEgGs%])/, (_all, flags: string, width: string, prec: string, conv: string) => {
    let out: string;
    const p = prec === undefined ? undefined : Number(prec);
    switch (conv) {
      case "%":
        return "%";
      case "d":
      case "i":
      case "u":
        out = String(Math.trunc(value));
        break;
      case "e":
      case "E":
        out = value.toExponential(p ?? 6);
        if (conv === "E") out = out.toUpperCase();
        break;
      case "g":
      case "G":
        out = String(Number(value.toPrecision(p || 6)));
        break;
      case "s":
        out = String(value);
        break;
      default:
        out = value.toFixed(p ?? 6);
    }
    if (flags.includes("+") && value >= 0) out = `+${out}`;
    const w = Number(width || 0);
    if (out.length < w) out = flags.includes("-") ? out.padEnd(w) : out.padStart(w, flags.includes("0") ? "0" : " ");
    return out;
  });
}

/** A number as a slider or number input shows it. */
export function numberText(value: number, dataType: string, step: number, format?: string | null): string {
  if (dataType === "date") return dayText(value);
  if (dataType === "time") return timeText(value);
  if (dataType === "datetime") return dateTimeText(value);
  if (format && format.includes("%")) return printf(format, value);
  if (dataType === "float") return value.toFixed(decimals(step, 1));
  return String(value);
}
