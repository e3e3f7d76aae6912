// A small front end of the delivery API, written against the types openapi-typescript generates from the
// product's OpenAPI document (src/generated/delivery-api.ts, written by DeliveryClientIT, never committed).
// It is only type-checked (tsc --noEmit --strict): a schema that is missing, loosened or wrong fails the build.
import type { components, paths } from "./generated/delivery-api";

type Schemas = components["schemas"];
const API = "/api/delivery/v1";

// Each operation's 200 body, as the document declares it.
type Json<P extends keyof paths> = paths[P]["get"] extends {
  responses: { 200: { content: { "application/json": infer Body } } };
}
  ? Body
  : never;
export type PublicationsBody = Json<"/api/delivery/v1/publications">;
export type IssuePageBody = Json<"/api/delivery/v1/publications/{slug}/issues">;
export type IssueBody = Json<"/api/delivery/v1/publications/{slug}/issues/{year}/{number}">;
export type EditionBody = Json<"/api/delivery/v1/publications/{slug}/issues/{year}/{number}/editions/{edition}">;
export type CumulativeBody = Json<"/api/delivery/v1/publications/{slug}/issues/cumulative/{cumulative}">;
export type ItemBody = Json<"/api/delivery/v1/publications/{slug}/items/{item}">;
export type PreviewBody = Json<"/api/delivery/v1/preview/{token}">;
export type RootBody = Json<"/api/delivery/v1">;

async function get<Body>(path: string, locale: string): Promise<Body> {
  const response = await fetch(`${API}${path}?locale=${encodeURIComponent(locale)}`);
  if (!response.ok) {
    const problem = (await response.json()) as Schemas["Problem"];
    throw new Error(`${problem.status} ${problem.title}: ${problem.detail} (${problem.type})`);
  }
  return (await response.json()) as Body;
}

export async function publications(): Promise<string[]> {
  const body = await get<PublicationsBody>("/publications", "en");
  return body.publications.map((p) => `${p.title[p.sourceLocale] ?? p.slug} (${p.locales.join(", ")})`);
}

export async function issueList(slug: string, locale: string): Promise<string[]> {
  const page = await get<IssuePageBody>(`/publications/${slug}/issues`, locale);
  const total: number = page.total;
  return page.issues.map((entry) => `${entry.label} ${entry.title ?? ""} → ${entry.href} of ${total}`);
}

/** An issue's table of contents and every item's headline, as a front page would show them. */
export async function frontPage(slug: string, year: number, number: number, locale: string): Promise<string[]> {
  const issue: Schemas["Issue"] = await get<IssueBody>(`/publications/${slug}/issues/${year}/${number}`, locale);
  const lines: string[] = [`${issue.publication.title} ${issue.label} (edition ${issue.edition}, ${issue.publishedAt})`];
  const tagline: Schemas["IssueTagline"] | null | undefined = issue.publication.tagline;
  if (tagline) {
    lines.push(`${tagline.text} [${tagline.locale}]`);
  }
  if (issue.fallback) {
    lines.push(`not offered in ${locale}; shown in ${issue.locale}`);
  }
  if (issue.correction !== undefined) {
    lines.push(`correction: ${issue.correction}`);
  }
  for (const entry of issue.contents) {
    lines.push(`${entry.title ?? ""}: ${entry.items.map((link) => `${link.title} (#${link.item})`).join("; ")}`);
  }
  for (const rubric of issue.rubrics) {
    for (const item of rubric.items) {
      lines.push(`${rubric.title ?? ""} / ${headline(item)}${item.fallback ? ` [${item.locale}]` : ""}`);
    }
  }
  // Which renderings readers can be sent to; the kinds and availabilities are enumerations, not bare strings.
  for (const rendering of issue.renderings ?? []) {
    const kind: "web-page" | "email-html" | "email-text" | "print-pdf" = rendering.kind;
    const ready: boolean = rendering.availability === "ready";
    lines.push(`${kind} ${rendering.mediaType}: ${rendering.url}${ready ? "" : " (made just after publication)"}`);
  }
  return lines;
}

/** One item alone, with the issue it belongs to. */
export async function itemPage(slug: string, id: string, locale: string): Promise<string> {
  const item: ItemBody = await get<ItemBody>(`/publications/${slug}/items/${id}`, locale);
  const cover: Schemas["IssueCover"] = item.issue;
  return `${headline(item)} — ${item.rubric}, ${cover.label} (${cover.year}/${cover.number})`;
}

type AnyItem = Schemas["Item"] | Schemas["RubricItem"];

/** The one attribution shape of news, declarations and report summaries. */
type Source = { name?: string | null; url?: string | null; addressUnknown?: boolean | null };

function credit(source: Source | null | undefined): string {
  const where: string = source?.name ?? source?.url ?? "no source";
  return source?.addressUnknown ? `${where} (link address not known)` : where;
}

/** Every installed section type, read through its own fields: the switch narrows `fields` by `type`. */
export function headline(item: AnyItem): string {
  switch (item.type) {
    case "announcement": {
      const title: string = item.fields.title;
      return `${title} ${item.fields.date ?? ""}`;
    }
    case "colophon": {
      const editor: string = item.fields.editor;
      return `${editor} <${item.fields.email}> ${item.fields.website ?? ""}`;
    }
    case "declaration": {
      const title: string = item.fields.title;
      const commitments: { number: string; text: string }[] = item.fields.commitments ?? [];
      return `${title}: ${commitments.map((c) => `${c.number} ${c.text}`).join("; ")} ${credit(item.fields.source)}`;
    }
    case "event": {
      const title: string = item.fields.title;
      const mode: "physical" | "virtual" | "hybrid" | undefined = item.fields.participation;
      const people = (item.fields.people ?? []).map((p) => `${p.name ?? p.title ?? p.organisation} (${p.role})`);
      return `${title} ${item.fields.start ?? ""} ${mode ?? ""} ${people.join(", ")}`;
    }
    case "news": {
      const title: string = item.fields.title;
      const body: string = item.fields.body;
      return `${item.fields.kicker ?? ""} ${title} (${credit(item.fields.source)}): ${body}`;
    }
    case "podcast-series": {
      const publisher: string = item.fields.publisher;
      const episodes: number | undefined = item.fields.episodeCount;
      return `${item.fields.title} by ${publisher}, ${episodes ?? "?"} episodes`;
    }
    case "programme-profile": {
      const title: string = item.fields.title;
      const figures = (item.fields.keyFigures ?? []).map((f) => {
        const value: number = f.value;
        const label: string = f.label;
        return `${value}${f.unit ?? ""} ${label}`;
      });
      return `${title} ${figures.join(" · ")}`;
    }
    case "report-summary": {
      const title: string = item.fields.title;
      const document: string | undefined = item.fields.sourceDocument;
      return `${title} ${item.fields.reportUrl ?? document ?? ""} ${credit(item.fields.source)}`;
    }
    case "results": {
      const intro: string = item.fields.intro;
      const findings: string[] = item.fields.findings ?? [];
      return `${item.fields.title}: ${findings.join("; ")} ${intro}`;
    }
    case "survey": {
      const organiser: string = item.fields.organiser;
      const deadline: string = item.fields.deadline;
      return `${item.fields.title} by ${organiser}, until ${deadline}`;
    }
    case "working-group": {
      const title: string = item.fields.title;
      const activities = (item.fields.activities ?? []).map((a): string => {
        const term: string = a.term;
        const description: string = a.description;
        return `${term}: ${description}`;
      });
      return `${title} ${activities.join("; ")}`;
    }
    case "tender-notice": {
      const value = item.fields.estimatedValue;
      const amount: number | undefined = value?.amount;
      const criteria: string[] = item.fields.sustainabilityCriteria ?? [];
      const deadline: string = item.fields.submissionDeadline;
      const url: string = item.fields.url;
      return `${item.fields.title} (${item.fields.contractingAuthority}) ${amount ?? ""} ${value?.currency ?? ""}, `
        + `offers by ${deadline}; ${criteria.length} criteria; ${url}`;
    }
    default:
      return unknownType(item);
  }
}

/** Fails to compile when the document names a section type this front end does not read yet. */
function unknownType(item: never): never {
  throw new Error(`unknown section type ${JSON.stringify(item)}`);
}

export async function entryPoint(): Promise<string> {
  const root: RootBody = await (await fetch(API)).json();
  return `${root.api} ${root.version}`;
}

// The other issue addresses and the preview answer the same Issue schema (a 200 without a JSON body is never).
type Same<A, B> = [A] extends [never] ? never : [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const previewIsAnIssue: Same<PreviewBody, Schemas["Issue"]> = true;
export const editionIsAnIssue: Same<EditionBody, Schemas["Issue"]> = true;
export const cumulativeIsAnIssue: Same<CumulativeBody, Schemas["Issue"]> = true;
export const latestIsAnIssue: Same<IssueBody, Schemas["Issue"]> = true;
