import { useI18n } from '../i18n-context';

/**
 * The second step of a change to a customer's file (a delete, a merge): the question, the button that does it
 * (focused when it appears, so a keyboard user answers at once; Tab reaches Cancel) and Cancel.
 */
export function ConfirmStep(props: { id: string; question: string; confirm: string; danger?: boolean; onConfirm(): void; onCancel(): void }) {
  const { t } = useI18n();
  return (
    <div role="alertdialog" aria-labelledby={props.id} class="confirm">
      <p id={props.id}>{props.question}</p>
      <div class="buttons">
        <button type="button" class={props.danger ? 'danger' : undefined} onClick={props.onConfirm} autoFocus>
          {props.confirm}
        </button>
        <button type="button" class="secondary" onClick={props.onCancel}>
          {t('log.cancel')}
        </button>
      </div>
    </div>
  );
}
