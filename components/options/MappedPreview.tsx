import type { ColumnMapping } from '../../lib/import/mapping';
import { useI18n } from '../i18n-context';
import { fieldLabel } from './ColumnMappingEditor';

/** The first rows as they will be imported: only mapped columns, under the field they fill. Text only. */
export function MappedPreview({ rows, mapping }: { rows: string[][]; mapping: ColumnMapping }) {
  const { t } = useI18n();
  const mapped = mapping.columns.flatMap((field, index) => (field ? [{ field, index }] : []));
  if (mapped.length === 0) return <p class="error">{t('import.nothingMapped')}</p>;
  return (
    <div class="table-scroll">
      <table class="data-table" data-testid="import-preview">
        <caption>{t('import.preview', { count: rows.length })}</caption>
        <thead>
          <tr>
            {mapped.map(({ field, index }) => (
              <th scope="col" key={index}>
                {fieldLabel(t, field)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {mapped.map(({ index }) => (
                <td key={index}>{row[index] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
