/**
 * A small, tolerant reader for the regular XML that spreadsheet writers produce (no DOMParser in Node,
 * no XML library in the task pane bundle). It finds elements by local name, whatever their namespace
 * prefix, reads attributes, and decodes entities. It is not a general XML parser and is not used on
 * anything but the parts of an .xlsx.
 */

const ENTITY = /&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (_, e: string) => {
    if (e[0] !== "#") return NAMED[e];
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** ECMA-376 Part 1 §22.9.2.19 (ST_Xstring): characters XML cannot hold are written as _xHHHH_. */
export function decodeXstring(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(ATTRIBUTE)) {
    const value = decodeEntities(m[2] ?? m[3]);
    out[m[1]] = value;
    // Also by local name ("r:id" → "id"), unless an unprefixed attribute has it.
    const local = m[1].slice(m[1].indexOf(":") + 1);
    if (!(local in out)) out[local] = value;
  }
  return out;
}

export interface Element {
  /** The attributes text of the start tag. */
  attrs: string;
  /** Inner XML; "" for an empty element. */
  body: string;
}

/** Every element with this local name (any prefix), in document order. Elements must not nest in themselves. */
export function* elements(xml: string, localName: string): Generator<Element> {
  const re = new RegExp(`<(?:[\\w.-]+:)?${localName}(?=[\\s/>])([^>]*?)(/?)>`, "g");
  const close = new RegExp(`</(?:[\\w.-]+:)?${localName}\\s*>`, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    if (m[2] === "/") {
      yield { attrs: m[1], body: "" };
      continue;
    }
    close.lastIndex = re.lastIndex;
    const c = close.exec(xml);
    const end = c ? c.index : xml.length;
    yield { attrs: m[1], body: xml.slice(re.lastIndex, end) };
    re.lastIndex = c ? close.lastIndex : xml.length;
  }
}

/**
 * The text of a string item (<si>, <is>): its <t> elements, plain or in rich-text runs, without the
 * phonetic guides (<rPh>, ふりがな) that Japanese Excel stores next to the text.
 */
export function stringItemText(body: string): string {
  const withoutPhonetic = body.indexOf("rPh") < 0 ? body : body.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh\s*>/g, "");
  let out = "";
  for (const t of elements(withoutPhonetic, "t")) out += t.body;
  return decodeXstring(decodeEntities(out));
}
