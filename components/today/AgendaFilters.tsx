import { CARE_ACTION_KINDS, TIERS } from '../../lib/db/schema';
import type { AgendaFilter } from '../../lib/care/agenda';
import type { CareAction } from '../../lib/db/schema';
import { useI18n } from '../i18n-context';

interface Props {
  /** The kinds of action due at all: only those are worth offering. */
  kinds: CareAction['kind'][];
  filter: AgendaFilter;
  onFilter(next: AgendaFilter): void;
  ahead: boolean;
  onAhead(next: boolean): void;
}

/** Text search, action kind and tier, and whether to look a week ahead. */
export function AgendaFilters({ kinds: due, filter, onFilter, ahead, onAhead }: Props) {
  const { t } = useI18n();
  const kinds = CARE_ACTION_KINDS.filter((kind) => due.includes(kind));
  return (
    <fieldset class="filters">
      <legend>{t('today.filters')}</legend>
      <label class="field">
        <span>{t('today.search')}</span>
        <input type="search" value={filter.text} onInput={(event) => onFilter({ ...filter, text: event.currentTarget.value })} />
      </label>
      <label class="field">
        <span>{t('today.kind')}</span>
        <select
          value={filter.kind}
          onChange={(event) => onFilter({ ...filter, kind: event.currentTarget.value as AgendaFilter['kind'] })}
        >
          <option value="all">{t('today.all')}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`care.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('today.tier')}</span>
        <select
          value={filter.tier}
          onChange={(event) => onFilter({ ...filter, tier: event.currentTarget.value as AgendaFilter['tier'] })}
        >
          <option value="all">{t('today.all')}</option>
          {TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {tier}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input type="checkbox" checked={ahead} onChange={(event) => onAhead(event.currentTarget.checked)} />
        <span>{t('today.ahead')}</span>
      </label>
    </fieldset>
  );
}
