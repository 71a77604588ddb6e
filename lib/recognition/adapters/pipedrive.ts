import type { PageContext, SiteAdapter } from '../page-context';
import { otherContext, pathSegments, readFields, recordContext } from '../crm-links';

/**
 * Pipedrive. Its class names are generated per release, so the adapter leans on
 * what does not change: the URL, the detail view's one heading, and mailto:/tel: links.
 */
const selectors = {
  // 2026-11: detail view title (person, organization or deal name); .detailView in the older markup.
  name: ['.detailView h1', 'main h1', 'h1'],
  // 2026-11: a person's e-mail and phone fields lead the details sidebar as mailto:/tel: links,
  // ahead of anything else the page links to.
  email: ['.detailView a[href^="mailto:"]', 'main a[href^="mailto:"]', 'a[href^="mailto:"]'],
  phone: ['.detailView a[href^="tel:"]', 'main a[href^="tel:"]', 'a[href^="tel:"]', 'a[href^="callto:"]'],
} as const;

type PipedriveObject = 'person' | 'organization' | 'deal';
const OBJECTS = new Set<string>(['person', 'organization', 'deal']);
const LISTS = new Set(['persons', 'organizations', 'deals', 'pipeline']);

type Route = { kind: 'list' | 'other' } | { kind: 'record'; object: PipedriveObject; id: string | undefined };

/**
 * 2026-11: records are /person/<id>, /organization/<id> and /deal/<id> (numbers); /persons/list,
 * /organizations/list, /deals/list and /pipeline/… are lists.
 */
function route(url: URL): Route {
  const [type = '', id] = pathSegments(url);
  if (OBJECTS.has(type) && id !== undefined) {
    return { kind: 'record', object: type as PipedriveObject, id: /^[1-9]\d{0,15}$/.test(id) ? id : undefined };
  }
  return { kind: LISTS.has(type) ? 'list' : 'other' };
}

export const pipedriveAdapter: SiteAdapter = {
  site: 'pipedrive',
  matches: (url) => url.hostname.endsWith('.pipedrive.com'),
  read(doc, url): PageContext {
    const page = route(url);
    if (page.kind !== 'record') return otherContext('pipedrive', page.kind);
    const person = page.object === 'person';
    const fields = readFields(doc, {
      name: selectors.name,
      email: person ? selectors.email : [],
      phone: person ? selectors.phone : [],
    });
    const target = { system: 'pipedrive', object: page.object, id: page.id, deal: page.object === 'deal' };
    return recordContext('pipedrive', target, fields, doc);
  },
};
