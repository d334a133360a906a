// A small DOM helper and the Dutch formats the pages use.

type Kind = Node | string | number | null | undefined | false;
type Attributen = Record<string, string | boolean | number | ((e: Event) => void) | undefined>;

/** An element with attributes (on* are listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributen: Attributen = {},
  ...kinderen: (Kind | Kind[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [naam, waarde] of Object.entries(attributen)) {
    if (waarde === undefined || waarde === false) continue;
    if (typeof waarde === "function") el.addEventListener(naam.slice(2), waarde);
    else if (waarde === true) el.setAttribute(naam, "");
    else el.setAttribute(naam, String(waarde));
  }
  for (const kind of kinderen.flat()) {
    if (kind === null || kind === undefined || kind === false) continue;
    el.append(typeof kind === "object" ? kind : String(kind));
  }
  return el;
}

let teller = 0;
/** A unique id for a label and its control. */
export function uniekId(basis: string): string {
  teller += 1;
  return `${basis}-${teller}`;
}

const ZONE = "Europe/Amsterdam";

export function datumTijd(iso: string): string {
  return new Intl.DateTimeFormat("nl-NL", {
    weekday: "long", day: "numeric", month: "long", year: "numeric",
    hour: "2-digit", minute: "2-digit", timeZone: ZONE,
  }).format(new Date(iso));
}

export function datum(iso: string): string {
  return new Intl.DateTimeFormat("nl-NL", {
    weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: ZONE,
  }).format(new Date(iso));
}

export function tijd(iso: string): string {
  return new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: ZONE })
    .format(new Date(iso));
}

/** yyyy-mm-dd of a date, in the municipality's time zone. */
export function isoDag(d: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: ZONE }).format(d);
}

/** Headings, paragraphs and buttons in the NL Design System's classes. */
export const kop = (niveau: 1 | 2 | 3, tekst: string, id?: string): HTMLElement =>
  h(`h${niveau}` as "h1", { class: `utrecht-heading-${niveau}`, id, tabindex: niveau === 1 ? -1 : undefined }, tekst);

export const alinea = (...inhoud: (Kind | Kind[])[]): HTMLElement =>
  h("p", { class: "utrecht-paragraph" }, ...inhoud);

export function knop(
  tekst: string,
  actie: (e: Event) => void,
  soort: "primary-action" | "secondary-action" | "subtle" = "primary-action",
): HTMLButtonElement {
  return h("button", { type: "button", class: `utrecht-button utrecht-button--${soort}`, onclick: actie }, tekst);
}

export function verzendknop(tekst: string, soort: "primary-action" | "secondary-action" = "primary-action"): HTMLButtonElement {
  return h("button", { type: "submit", class: `utrecht-button utrecht-button--${soort}` }, tekst);
}

/** A labelled form field around a control. */
export function veld(label: string, control: HTMLElement, omschrijving?: string): HTMLElement {
  const id = control.id || uniekId("veld");
  control.id = id;
  const kinderen: Node[] = [
    h("div", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label", for: id }, label)),
  ];
  if (omschrijving) {
    const oid = `${id}-omschrijving`;
    control.setAttribute("aria-describedby", oid);
    kinderen.push(h("div", { class: "utrecht-form-field-description", id: oid }, omschrijving));
  }
  kinderen.push(h("div", { class: "utrecht-form-field__input" }, control));
  return h("div", { class: "utrecht-form-field utrecht-form-field--text" }, ...kinderen);
}

/** A checkbox with its label after it. */
export function vinkje(label: string, naam: string, aan = false): HTMLElement {
  const id = uniekId(naam);
  return h(
    "div", { class: "utrecht-form-field utrecht-form-field--checkbox" },
    h("div", { class: "utrecht-form-field__input" },
      h("input", { type: "checkbox", class: "utrecht-checkbox utrecht-checkbox--html-input", id, name: naam, checked: aan })),
    h("div", { class: "utrecht-form-field__label utrecht-form-field__label--checkbox" },
      h("label", { class: "utrecht-form-label utrecht-form-label--checkbox", for: id }, label)),
  );
}

export function tekstvak(naam: string, attributen: Attributen = {}): HTMLInputElement {
  return h("input", { class: "utrecht-textbox utrecht-textbox--html-input", name: naam, type: "text", ...attributen });
}

/** A list of terms and their descriptions. */
export function gegevens(rijen: [string, Kind | Kind[]][]): HTMLElement {
  return h("dl", { class: "app-gegevens" }, ...rijen.flatMap(([term, waarde]) => [h("dt", {}, term), h("dd", {}, ...[waarde].flat())]));
}
