import type { CustomerDatabase } from '../db/database';
import { identityKey } from '../db/identity-key';
import { findCustomerIdsByKeys, getCustomerCard, getCustomers, getSettings } from '../db/repository';
import { resolveLocale } from '../i18n';
import type { PageReport } from '../messaging/content-protocol';
import type { SidebarView, ViewPerson } from '../messaging/protocol';

/** The key a person of the page is selected by: their e-mail's identity key, else their phone's. */
function personKey(person: { email?: string; phone?: string; name?: string }): string | undefined {
  if (person.email) return identityKey('email', person.email);
  if (person.phone) return identityKey('phone', person.phone);
  return undefined;
}

/**
 * Which person the card is about when the user has not picked one: the first
 * known customer who wrote, else the first known customer on the page, else the
 * sender (so that an unknown sender gets the "add as customer" form).
 */
function defaultSelection(people: ViewPerson[]): string | undefined {
  return (
    people.find((p) => p.customerId && p.role === 'from')?.key ??
    people.find((p) => p.customerId)?.key ??
    people.find((p) => p.role === 'from')?.key ??
    people[0]?.key
  );
}

export async function buildSidebarView(
  db: CustomerDatabase,
  report: PageReport | undefined,
  requestedKey: string | undefined,
  browserLanguage: string,
): Promise<SidebarView> {
  const settings = await getSettings(db);
  const locale = resolveLocale(settings.language, browserLanguage);
  const context = report?.context ?? null;
  const keyed = (context?.people ?? []).flatMap((person) => {
    const key = personKey(person);
    return key ? [{ ...person, key }] : [];
  });
  const customerIdByKey = await findCustomerIdsByKeys(db, keyed.map((person) => person.key));
  const customers = await getCustomers(db, [...customerIdByKey.values()]);
  const people: ViewPerson[] = keyed.map((person) => {
    const customer = customers.get(customerIdByKey.get(person.key) ?? '');
    return {
      key: person.key,
      email: person.email,
      name: person.name,
      role: person.role,
      customerId: customer?.id,
      customerName: customer?.name,
    };
  });
  const selectedKey = people.some((p) => p.key === requestedKey) ? requestedKey : defaultSelection(people);
  const selected = people.find((p) => p.key === selectedKey);
  return {
    locale,
    theme: report?.theme ?? 'light',
    page: context
      ? { site: context.site, kind: context.kind, subject: context.subject, threadId: context.threadId, url: report!.url }
      : null,
    people,
    selectedKey,
    card: selected?.customerId ? await getCustomerCard(db, selected.customerId) : null,
  };
}
