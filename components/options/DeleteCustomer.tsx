import { useState } from 'preact/hooks';
import type { Customer } from '../../lib/db/schema';
import { errorText, request } from '../../lib/messaging/client';
import { useI18n } from '../i18n-context';
import { ErrorAlert } from '../ErrorAlert';
import { ConfirmStep } from './ConfirmStep';

/** Delete with a confirmation step; the editor then offers Undo (see DeletedNotice). */
export function DeleteCustomer({ customer, onDeleted }: { customer: Customer; onDeleted(): void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const remove = async () => {
    try {
      await request({ type: 'customer/delete', id: customer.id });
      onDeleted();
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <section class="section" aria-labelledby="delete-heading">
      <h3 id="delete-heading">{t('edit.delete.heading')}</h3>
      {!confirming && (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {t('edit.delete.button', { name: customer.name })}
        </button>
      )}
      {confirming && (
        <ConfirmStep
          id="delete-confirm-text"
          question={t('edit.delete.confirm', { name: customer.name })}
          confirm={t('edit.delete.do')}
          danger
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
      <ErrorAlert message={error} />
    </section>
  );
}

/** Shown in place of a deleted file: one step back restores it with its addresses. */
export function DeletedNotice({ customer, onRestored }: { customer: Customer; onRestored(skipped: string[]): void }) {
  const { t } = useI18n();
  const [error, setError] = useState('');
  const undo = async () => {
    try {
      const { skipped } = await request({ type: 'customer/undelete', id: customer.id });
      onRestored(skipped);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <div role="status" class="toast" data-testid="deleted-notice">
      <span>{t('edit.delete.done', { name: customer.name })}</span>{' '}
      <button type="button" onClick={() => void undo()} autoFocus>
        {t('log.undo')}
      </button>
      {error && <p class="error">{t('error.generic', { message: error })}</p>}
    </div>
  );
}
