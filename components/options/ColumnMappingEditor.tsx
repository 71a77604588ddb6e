import { TARGET_FIELDS, type ColumnMapping, type TargetField } from '../../lib/import/mapping';
import type { MessageId } from '../../lib/i18n';
import { useI18n } from '../i18n-context';

export const fieldLabel = (t: ReturnType<typeof useI18n>['t'], field: TargetField) => t(`import.field.${field}` as MessageId);

/** One select per column of the file: which field it fills, or none; the first row's value beside it. */
export function ColumnMappingEditor({
  headers,
  sample,
  mapping,
  onChange,
}: {
  headers: string[];
  sample: string[] | undefined;
  mapping: ColumnMapping;
  onChange(next: ColumnMapping): void;
}) {
  const { t } = useI18n();
  const setColumn = (index: number, field: TargetField | null) =>
    onChange({ ...mapping, columns: headers.map((_, i) => (i === index ? field : (mapping.columns[i] ?? null))) });
  return (
    <table class="data-table" data-testid="import-mapping">
      <caption>{t('import.mapping')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.column')}</th>
          <th scope="col">{t('import.field')}</th>
          <th scope="col">{t('import.sample')}</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((header, index) => (
          <tr key={index}>
            <th scope="row">{header}</th>
            <td>
              <select
                aria-label={t('import.mapColumn', { column: header || String(index + 1) })}
                value={mapping.columns[index] ?? ''}
                onChange={(event) => setColumn(index, (event.currentTarget.value || null) as TargetField | null)}
              >
                <option value="">{t('import.field.none')}</option>
                {TARGET_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {fieldLabel(t, field)}
                  </option>
                ))}
              </select>
            </td>
            <td class="sample">{sample?.[index] ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
