import { useI18n } from '../i18n-context';
import type { MessageId } from '../../lib/i18n';

/** The options page is long: links to each part, in page order. */
const PARTS: [anchor: string, label: MessageId][] = [
  ['customers-heading', 'edit.customers'],
  ['import-heading', 'import.title'],
  ['export-heading', 'export.title'],
  ['backup-heading', 'backup.title'],
  ['custom-sites-heading', 'sites.title'],
  ['general-heading', 'options.general'],
  ['loyalty-settings-heading', 'options.loyalty'],
  ['care-settings-heading', 'options.care'],
  ['demo-heading', 'options.demo'],
];

export function OptionsNav() {
  const { t } = useI18n();
  return (
    <nav class="options-nav" aria-label={t('options.sections')}>
      <ul>
        {PARTS.map(([anchor, label]) => (
          <li key={anchor}>
            <a href={`#${anchor}`}>{t(label)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
