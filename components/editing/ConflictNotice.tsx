import type { MessageId } from '../../lib/i18n';
import { useI18n } from '../i18n-context';

/** The field's label for a conflict path such as "company.location". */
export const fieldLabelId = (path: string) => `edit.field.${path}` as MessageId;

/**
 * The file was changed elsewhere in the fields this edit changes: nothing was
 * saved; the user reloads (keeping their other edits) or overwrites.
 */
export function ConflictNotice({ fields, onReload, onOverwrite }: { fields: string[]; onReload(): void; onOverwrite(): void }) {
  const { t } = useI18n();
  return (
    <div role="alert" class="conflict" data-testid="edit-conflict">
      <p>{t('edit.conflict', { fields: fields.map((field) => t(fieldLabelId(field))).join(', ') })}</p>
      <div class="buttons">
        <button type="button" class="secondary" onClick={onReload}>
          {t('edit.reload')}
        </button>
        <button type="button" class="secondary" onClick={onOverwrite}>
          {t('edit.overwrite')}
        </button>
      </div>
    </div>
  );
}
