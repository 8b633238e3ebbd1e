/** Facts from schema.org JSON-LD: the article object, else the first object that has the field. */
export interface JsonLdFacts {
  headline?: string;
  author?: string;
  published?: string;
  modified?: string;
  publisher?: string;
  lang?: string;
}

const ARTICLE_TYPE =
  /^(?:\w+:)?(?:Article|NewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle|Review|Recipe|HowTo)$/u;
const MAX_DEPTH = 8;
const MAX_OBJECTS = 500;

type Json = Record<string, unknown>;

/** Read JSON-LD blocks; malformed ones (common, and never article text) are skipped. */
export function readJsonLd(blocks: string[]): JsonLdFacts {
  const objects: Json[] = [];
  for (const block of blocks) {
    try {
      collect(JSON.parse(block.trim().replace(/^<!--|-->$/gu, '')), objects, 0);
    } catch {
      // malformed JSON-LD: ignore the block
    }
  }
  const articles = objects.filter((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  const ordered = [...articles, ...objects.filter((o) => !articles.includes(o))];
  const first = (read: (o: Json) => string | undefined) => {
    for (const object of ordered) {
      const value = read(object);
      if (value) return value;
    }
    return undefined;
  };
  const facts: JsonLdFacts = {};
  const set = (key: keyof JsonLdFacts, value: string | undefined) => {
    if (value) facts[key] = value;
  };
  set(
    'headline',
    first((o) => (articles.includes(o) ? (text(o.headline) ?? text(o.name)) : undefined)),
  );
  set(
    'author',
    first((o) => names(o.author ?? o.creator)),
  );
  set(
    'published',
    first((o) => text(o.datePublished) ?? text(o.dateCreated) ?? text(o.uploadDate)),
  );
  set(
    'modified',
    first((o) => text(o.dateModified)),
  );
  set(
    'publisher',
    first((o) => names(o.publisher) ?? (types(o).includes('WebSite') ? text(o.name) : undefined)),
  );
  set(
    'lang',
    first((o) => text(o.inLanguage)),
  );
  return facts;
}

function collect(value: unknown, out: Json[], depth: number): void {
  if (depth > MAX_DEPTH || out.length >= MAX_OBJECTS || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  const object = value as Json;
  out.push(object);
  if (object['@graph']) collect(object['@graph'], out, depth + 1);
  if (object.mainEntity) collect(object.mainEntity, out, depth + 1);
}

function types(object: Json): string[] {
  const type = object['@type'];
  return Array.isArray(type)
    ? type.filter((t): t is string => typeof t === 'string')
    : typeof type === 'string'
      ? [type]
      : [];
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  return undefined;
}

/** Names of a person/organisation value: a string, an object with `name`, or an array of them. */
function names(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  const found = list
    .map((item) =>
      typeof item === 'string'
        ? item
        : item && typeof item === 'object'
          ? text((item as Json).name)
          : undefined,
    )
    .filter((name): name is string => !!name && !/^https?:\/\//u.test(name));
  return found.length > 0 ? [...new Set(found)].join(', ') : undefined;
}
